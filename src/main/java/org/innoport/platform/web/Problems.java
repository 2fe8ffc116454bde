package org.innoport.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details in the caller's language, with a stable {@code code} and, for validation,
 * {@code errors[]} of (field, code, message). The one place that shapes API errors.
 */
@Component
class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail create(HttpStatus status, String code, String detail, String path, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("problem.title." + code, null, status.getReasonPhrase(), locale));
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        problem.setProperty("code", code);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    ProblemDetail forCode(HttpStatus status, String code, String path, Locale locale) {
        return create(status, code, messages.getMessage("problem.detail." + code, null, status.getReasonPhrase(), locale),
                path, locale);
    }

    ProblemDetail validation(List<FieldProblem> errors, String path, Locale locale) {
        ProblemDetail problem = forCode(HttpStatus.BAD_REQUEST, "validation.failed", path, locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One field error of a validation problem. */
    record FieldProblem(String field, String code, String message) {
    }
}
