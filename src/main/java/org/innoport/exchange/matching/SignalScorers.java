package org.innoport.exchange.matching;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.innoport.exchange.MatchReason;
import org.innoport.exchange.MatchScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped signals: text (BM25), field, TRL and category compatibility. */
@Configuration(proxyBeanMethods = false)
class SignalScorers {

    @Bean
    MatchScorer lexicalScorer() {
        return new MatchScorer() {
            public String name() { return "lexical"; }
            public double weight() { return 0.6; }
            public double score(MatchPair pair) { return pair.lexical(); }
            public Optional<MatchReason> explain(MatchPair pair) {
                return pair.sharedTerms().isEmpty() ? Optional.empty()
                        : Optional.of(new MatchReason("shared-terms", pair.sharedTerms()));
            }
        };
    }

    /** Same classification sector scores 1, same top-level field 0.4. */
    @Bean
    MatchScorer fieldScorer() {
        return new MatchScorer() {
            public String name() { return "field"; }
            public double weight() { return 0.2; }
            public double score(MatchPair pair) {
                String a = pair.listing().field();
                String b = pair.candidate().field();
                if (a == null || b == null) {
                    return 0;
                }
                return a.equals(b) ? 1 : a.charAt(0) == b.charAt(0) ? 0.4 : 0;
            }
            public Optional<MatchReason> explain(MatchPair pair) {
                double score = score(pair);
                return score == 1 ? Optional.of(new MatchReason("same-field", List.of(pair.candidate().field())))
                        : score > 0 ? Optional.of(new MatchReason("related-field",
                        List.of(pair.listing().field(), pair.candidate().field()))) : Optional.empty();
            }
        };
    }

    /**
     * A request's TRL is the readiness it needs: an offer at or above it fits (1), each level short costs a quarter.
     * For an offer matched to requests the roles swap. Unknown TRL is neutral (0.5).
     */
    @Bean
    MatchScorer trlScorer() {
        return new MatchScorer() {
            public String name() { return "trl"; }
            public double weight() { return 0.1; }
            public double score(MatchPair pair) {
                Integer needed = needed(pair);
                Integer offered = offered(pair);
                if (needed == null || offered == null) {
                    return 0.5;
                }
                return offered >= needed ? 1 : Math.max(0, 1 - 0.25 * (needed - offered));
            }
            public Optional<MatchReason> explain(MatchPair pair) {
                Integer needed = needed(pair);
                Integer offered = offered(pair);
                if (needed == null || offered == null) {
                    return Optional.empty();
                }
                return Optional.of(new MatchReason(offered >= needed ? "trl-fit" : "trl-gap",
                        List.of(needed.toString(), offered.toString())));
            }
            private Integer needed(MatchPair pair) {
                return pair.listing().kind() == org.innoport.exchange.ListingKind.REQUEST
                        ? pair.listing().trl() : pair.candidate().trl();
            }
            private Integer offered(MatchPair pair) {
                return pair.listing().kind() == org.innoport.exchange.ListingKind.REQUEST
                        ? pair.candidate().trl() : pair.listing().trl();
            }
        };
    }

    /** Same category 1, compatible (technology ↔ licence, equipment ← technology) 0.6. */
    @Bean
    MatchScorer categoryScorer() {
        return new MatchScorer() {
            public String name() { return "category"; }
            public double weight() { return 0.1; }
            public double score(MatchPair pair) {
                var a = pair.listing().category();
                var b = pair.candidate().category();
                return Objects.equals(a, b) ? 1 : a != null && b != null
                        && (a.compatible().contains(b) || b.compatible().contains(a)) ? 0.6 : 0;
            }
            public Optional<MatchReason> explain(MatchPair pair) {
                return score(pair) > 0 ? Optional.of(new MatchReason("category",
                        List.of(pair.listing().category().name(), pair.candidate().category().name()))) : Optional.empty();
            }
        };
    }
}
