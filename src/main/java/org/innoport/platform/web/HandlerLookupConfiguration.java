package org.innoport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finding the controller method of a request whose path has a variable ({@code /api/v1/auctions/{id}/bids}) tests
 * every request mapping of the application (several hundred) against the request, and each test asks the request
 * for its HTTP method, content type and parsed path, through every wrapper the filters put around it (firewall,
 * security headers, security context, NFC parameters, ...). Under the auction benchmark that was a tenth of the
 * server's CPU. The lookup here sees a request whose method and content type are read once and whose parsed path
 * ({@link ServletRequestPathUtils#PATH_ATTRIBUTE}) is read once until it is set or removed; everything else
 * (headers, other attributes, setting attributes) goes to the real request.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookupConfiguration {

    @Bean
    WebMvcRegistrations handlerLookupWithReadOnceRequest() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new ReadOnceHandlerMapping();
            }
        };
    }

    static final class ReadOnceHandlerMapping extends RequestMappingHandlerMapping {

        @Override
        protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            return super.getHandlerInternal(new ReadOnceRequest(request));
        }
    }

    /** The request with its method, content type and parsed path read once; all else is the wrapped request's. */
    static final class ReadOnceRequest extends HttpServletRequestWrapper {

        private final String method;
        private final String contentType;
        private Object path;
        private boolean pathRead;

        ReadOnceRequest(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
            this.contentType = request.getContentType();
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public Object getAttribute(String name) {
            if (!ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name)) {
                return super.getAttribute(name);
            }
            if (!pathRead) {
                path = super.getAttribute(name);
                pathRead = true;
            }
            return path;
        }

        @Override
        public void setAttribute(String name, Object value) {
            pathRead &= !ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name);
            super.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            pathRead &= !ServletRequestPathUtils.PATH_ATTRIBUTE.equals(name);
            super.removeAttribute(name);
        }
    }
}
