package org.innoport.indicators.web;

import java.util.HashMap;
import java.util.function.Supplier;
import org.innoport.indicators.InvalidCompositeInputException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;

/**
 * Turns the problems of a wrong framework or wrong data into a {@link BindException}, which the API answers with 400
 * problem details listing every field error in the caller's language, and pages show as an error summary.
 */
final class CompositeErrors {

    private CompositeErrors() {
    }

    static BindException bindException(InvalidCompositeInputException e, String objectName) {
        MapBindingResult result = new MapBindingResult(new HashMap<>(), objectName);
        for (var problem : e.problems()) {
            String[] codes = {problem.messageKey()};
            if (problem.field() == null) {
                result.addError(new ObjectError(objectName, codes, problem.args(), problem.messageKey()));
            } else {
                result.addError(new FieldError(objectName, problem.field(), null, false, codes, problem.args(),
                        problem.messageKey()));
            }
        }
        return new BindException(result);
    }

    /** Runs the work, answering invalid input with all its problems rather than the first one. */
    static <T> T checked(Supplier<T> work) throws BindException {
        try {
            return work.get();
        } catch (InvalidCompositeInputException e) {
            throw bindException(e, "composite");
        }
    }
}
