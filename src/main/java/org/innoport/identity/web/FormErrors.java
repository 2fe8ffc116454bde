package org.innoport.identity.web;

import org.innoport.identity.domain.PasswordPolicy;
import org.innoport.shared.RuleViolationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Adds business-rule errors to a binding result, so forms and the API report them beside the bean-validation ones.
 * Rejected values are not kept: they may be passwords.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, String field, String code, Object... args) {
        if (field == null) {
            errors.reject(code, args, code);
            return;
        }
        errors.addError(new FieldError(errors.getObjectName(), field, null, false,
                errors.resolveMessageCodes(code, field), args, code));
    }

    static void reject(BindingResult errors, RuleViolationException e) {
        reject(errors, e.field(), e.messageKey(), e.args());
    }

    /** Every rule of the password policy that {@code password} breaks, unless the field already has an error. */
    static void rejectWeakPassword(BindingResult errors, PasswordPolicy policy, String username, String password,
                                   String field) {
        if (password == null || password.isBlank() || errors.hasFieldErrors(field)) {
            return;
        }
        policy.check(username, password).forEach(v -> reject(errors, field, v.messageKey(), v.arguments()));
    }
}
