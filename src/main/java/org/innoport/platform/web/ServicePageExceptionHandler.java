package org.innoport.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innoport.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A job or notification page of someone else answers 404, like a page that does not exist: the status goes to the
 * shell's error page ({@link ErrorPageController}), which renders it in the user's language.
 */
@ControllerAdvice(assignableTypes = {JobController.class, NotificationController.class})
class ServicePageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
