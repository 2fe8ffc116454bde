package org.innoport.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.innoport.directory.DuplicateCandidatesException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Near-duplicate names: 409 problem details listing the candidates, so the client can show them and confirm. */
@RestControllerAdvice(assignableTypes = {OrganisationApiController.class, PersonApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryApiExceptionHandler {

    private final MessageSource messages;

    DirectoryApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DuplicateCandidatesException.class)
    ProblemDetail duplicates(DuplicateCandidatesException e, HttpServletRequest request, Locale locale) {
        String code = DuplicateCandidatesException.CODE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("problem.detail." + code, null, locale));
        problem.setTitle(messages.getMessage("problem.title." + code, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        problem.setProperty("candidates", e.candidates());
        return problem;
    }
}
