package org.innoport.platform;

import org.innoport.shared.RuleViolationException;
import org.springframework.validation.BindingResult;

/**
 * Shows a service's rule violation on the form that is shown again: on its field when the form has a field by that
 * name, otherwise as an error of the whole form (a rule about something the form does not show).
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult errors, RuleViolationException e) {
        if (e.field() != null && isField(errors, e.field())) {
            errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean isField(BindingResult errors, String field) {
        try {
            return errors.getTarget() != null && errors.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
