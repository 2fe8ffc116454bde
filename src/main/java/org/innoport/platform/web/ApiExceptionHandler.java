package org.innoport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.innoport.shared.DomainException;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of a JSON API call into problem details in the caller's language. Nothing internal (stack
 * traces, SQL, class names) leaves the server.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final MessageSource messages;

    ApiExceptionHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e, HttpServletRequest request, Locale locale) {
        List<Problems.FieldProblem> errors = e.getFieldErrors().stream().map(error -> field(error, locale)).toList();
        List<Problems.FieldProblem> global = e.getGlobalErrors().stream()
                .map(error -> new Problems.FieldProblem(null, error.getCode(), messages.getMessage(error, locale))).toList();
        return problems.validation(concat(errors, global), request.getRequestURI(), locale);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalid(HandlerMethodValidationException e, HttpServletRequest request, Locale locale) {
        List<Problems.FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Problems.FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getCodes() == null ? null : error.getCodes()[0],
                        messages.getMessage(error, locale))))
                .toList();
        return problems.validation(errors, request.getRequestURI(), locale);
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e, HttpServletRequest request, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        return problems.validation(List.of(new Problems.FieldProblem(e.field(), e.messageKey(), message)),
                request.getRequestURI(), locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpServletRequest request, Locale locale) {
        String message = messages.getMessage("problem.body-unreadable", null, locale);
        return problems.validation(List.of(new Problems.FieldProblem(null, "body.unreadable", message)),
                request.getRequestURI(), locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        String message = messages.getMessage("problem.type-mismatch", new Object[] {e.getName()}, locale);
        return problems.validation(List.of(new Problems.FieldProblem(e.getName(), "typeMismatch", message)),
                request.getRequestURI(), locale);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e, HttpServletRequest request, Locale locale) {
        return domain(HttpStatus.CONFLICT, e, request, locale);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        return problems.forCode(HttpStatus.NOT_FOUND, NotFoundException.CODE, request.getRequestURI(), locale);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, HttpServletRequest request, Locale locale) {
        return domain(HttpStatus.UNPROCESSABLE_CONTENT, e, request, locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail versionConflict(HttpServletRequest request, Locale locale) {
        return problems.forCode(HttpStatus.CONFLICT, "version.conflict", request.getRequestURI(), locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(HttpServletRequest request, Locale locale) {
        return problems.forCode(HttpStatus.FORBIDDEN, "access.denied", request.getRequestURI(), locale);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request, Locale locale) {
        if (e instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return problems.forCode(status, ErrorPageController.codeFor(status), request.getRequestURI(), locale);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.forCode(HttpStatus.INTERNAL_SERVER_ERROR, "internal", request.getRequestURI(), locale);
    }

    private ProblemDetail domain(HttpStatus status, DomainException e, HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        return problems.create(status, e.code(), detail, request.getRequestURI(), locale);
    }

    private Problems.FieldProblem field(FieldError error, Locale locale) {
        return new Problems.FieldProblem(error.getField(), error.getCode(), messages.getMessage(error, locale));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return b.isEmpty() ? a : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
