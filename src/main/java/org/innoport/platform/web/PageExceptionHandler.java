package org.innoport.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innoport.shared.DomainException;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Domain failures that an HTML controller did not turn into a field error: the status goes to the shell's error
 * page ({@link ErrorPageController}), which renders it in the user's language. Runs after {@link ApiExceptionHandler},
 * which answers the JSON API first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler({IllegalTransitionException.class, OptimisticLockingFailureException.class})
    void conflict(Exception e, HttpServletResponse response) throws IOException {
        log.info("Conflict on a page: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler(DomainException.class)
    void rejected(DomainException e, HttpServletResponse response) throws IOException {
        log.info("Rule violated on a page: {}", e.messageKey());
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
