package org.innoport.exchange;

import java.util.Optional;

/**
 * One signal of the matcher. The matcher retrieves candidates (BM25 over title, summary, description and keywords,
 * plus same-field and compatible-category listings), then every {@code MatchScorer} bean scores each candidate in
 * [0, 1]; the match score is the weighted mean. An operator-supplied dense-embedding scorer is one more bean of this
 * type (loading its model from a file the operator names); none is shipped.
 */
public interface MatchScorer {

    /** A short name shown with the score components, e.g. {@code lexical}. */
    String name();

    /** The relative weight of this signal in the total. */
    double weight();

    /** The signal for one candidate, in [0, 1]. */
    double score(MatchPair pair);

    /** The reason to show for a match on the result page, if this signal has something to say. */
    Optional<MatchReason> explain(MatchPair pair);

    /**
     * A listing and one candidate counterpart.
     *
     * @param candidate read from the index while ranking: its title and text are null then (an embedding scorer keeps
     *                  its own vectors by listing id); complete when reasons are explained
     * @param lexical BM25 of the candidate for the listing's text, normalised to [0, 1] over the candidates
     * @param sharedTerms the terms both texts contain (computed only when reasons are asked for, else empty)
     */
    record MatchPair(MatchProfile listing, MatchProfile candidate, double lexical, java.util.List<String> sharedTerms) {
    }
}
