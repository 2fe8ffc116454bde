package org.innoport.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever went wrong outside a controller (404, 403 from security, 500): a friendly page in the user's language,
 * or problem details for {@code /api/**}.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final Problems problems;

    ErrorPageController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (ApiPaths.isApi(request)) {
            return "forward:/error/problem";
        }
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return "platform/error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.forCode(status, codeFor(status), originalPath(request), locale));
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request, Locale locale) {
        return problem(request, locale);
    }

    static String codeFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "authentication.required";
            case FORBIDDEN -> "access.denied";
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            case METHOD_NOT_ALLOWED -> "method.not-allowed";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "payload.too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "media-type.unsupported";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case TOO_MANY_REQUESTS -> "too-many-requests";
            default -> status.is4xxClientError() ? "bad-request" : "internal";
        };
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String value ? value.substring(request.getContextPath().length()) : request.getRequestURI();
    }
}
