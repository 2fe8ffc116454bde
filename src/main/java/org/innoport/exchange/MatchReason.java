package org.innoport.exchange;

import java.util.List;

/**
 * Why two listings match, as data the page renders in the reader's language.
 *
 * @param type {@code shared-terms}, {@code same-field}, {@code related-field}, {@code trl-fit}, {@code trl-gap},
 *             {@code category}, or a plugged-in scorer's own type
 * @param values the shared terms, the field code, the two TRLs, the two categories…
 */
public record MatchReason(String type, List<String> values) {
}
