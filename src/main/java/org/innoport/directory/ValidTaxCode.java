package org.innoport.directory;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A blank value or a valid {@link TaxCode}. Message key {@code ValidTaxCode}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTaxCode.Validator.class)
public @interface ValidTaxCode {

    String message() default "{directory.tax-code.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the normalised value. */
    class Validator implements ConstraintValidator<ValidTaxCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String code = TaxCode.normalise(value);
            return code == null || TaxCode.isValid(code);
        }
    }
}
