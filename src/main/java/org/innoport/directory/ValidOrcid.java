package org.innoport.directory;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A blank value or a valid {@link Orcid}. Message key {@code ValidOrcid}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidOrcid.Validator.class)
public @interface ValidOrcid {

    String message() default "{directory.orcid.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the normalised value. */
    class Validator implements ConstraintValidator<ValidOrcid, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String orcid = Orcid.normalise(value);
            return orcid == null || Orcid.isValid(orcid);
        }
    }
}
