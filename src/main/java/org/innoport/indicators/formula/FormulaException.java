package org.innoport.indicators.formula;

import org.innoport.shared.RuleViolationException;

/**
 * A formula that cannot be saved: the message key names the problem, the arguments say where
 * ({@code indicators.formula.syntax}: position and what was expected; {@code .unknown-indicator}: the code;
 * {@code .cycle}: the chain of codes; {@code .unknown-function}, {@code .arity}: the function).
 */
public class FormulaException extends RuleViolationException {

    public FormulaException(String messageKey, Object... args) {
        super("formula", messageKey, args);
    }
}
