package org.innoport.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request — or, on an error dispatch, the request that failed — is a call to the JSON API. */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String value ? value : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }
}
