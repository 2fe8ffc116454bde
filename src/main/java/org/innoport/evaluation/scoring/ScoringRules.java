package org.innoport.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria a council scores with and its pass mark. Invariants: at least one criterion, distinct codes, maximum
 * points summing to exactly 100, at most one tie-break criterion.
 */
public record ScoringRules(List<Criterion> criteria, BigDecimal passMark) {

    public static final int TOTAL_POINTS = 100;

    public ScoringRules {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new InvalidScoringRulesException("evaluation.criteria.empty");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (!codes.add(c.code())) {
                throw new InvalidScoringRulesException("evaluation.criteria.duplicate-code");
            }
        }
        if (criteria.stream().mapToInt(Criterion::maxPoints).sum() != TOTAL_POINTS) {
            throw new InvalidScoringRulesException("evaluation.criteria.sum-not-100");
        }
        if (criteria.stream().filter(Criterion::tieBreak).count() > 1) {
            throw new InvalidScoringRulesException("evaluation.criteria.one-tie-break");
        }
        if (passMark == null || passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(TOTAL_POINTS)) > 0) {
            throw new InvalidScoringRulesException("evaluation.criteria.pass-mark");
        }
    }

    public Optional<Criterion> tieBreak() {
        return criteria.stream().filter(Criterion::tieBreak).findFirst();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Thrown when a template or inline criteria break the invariants; carries a message key. */
    public static final class InvalidScoringRulesException extends IllegalArgumentException {

        private final String messageKey;

        public InvalidScoringRulesException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
