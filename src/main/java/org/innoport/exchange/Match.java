package org.innoport.exchange;

import java.util.List;
import java.util.Map;

/** A counterpart listing with its score (0–1), the score of each signal, and the reasons. */
public record Match(ListingView listing, double score, Map<String, Double> components, List<MatchReason> reasons) {
}
