package org.innoport.indicators;

import java.util.List;
import org.innoport.shared.RuleViolationException;

/**
 * A framework or run data that cannot be computed: every problem found, each with the field to blame (e.g.
 * {@code nodes[3].weight}) and a message key. The exception itself carries the first one.
 */
public class InvalidCompositeInputException extends RuleViolationException {

    /** One problem: {@code field} may be null when no single field is to blame. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final transient List<Problem> problems;

    public InvalidCompositeInputException(List<Problem> problems) {
        super(problems.getFirst().field(), problems.getFirst().messageKey(), problems.getFirst().args());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
