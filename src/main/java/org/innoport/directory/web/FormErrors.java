package org.innoport.directory.web;

import org.innoport.shared.RuleViolationException;
import org.springframework.validation.BindingResult;

/** Turns a service's rule violation into a field (or global) error of the form being shown again. */
final class FormErrors {

    private FormErrors() {
    }

    static void add(BindingResult errors, RuleViolationException e) {
        String field = e.field();
        if (field != null && errors.getTarget() != null && hasField(errors, field)) {
            errors.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            errors.getFieldType(field);
            return errors.getFieldType(field) != null;
        } catch (RuntimeException ex) {
            return false;
        }
    }
}
