package org.innoport.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finding the controller method of a request whose path has a variable ({@code /api/v1/auctions/{id}/bids}) tests
 * every request mapping of the application (several hundred) against the request, and each test asks the request
 * for its HTTP method, through every wrapper the filters put around it (firewall, security headers, security
 * context, NFC parameters, ...). Under the auction benchmark that was a tenth of the server's CPU. The lookup here
 * sees a request whose method is read once; everything else (path, headers, attributes) goes to the real request.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookupConfiguration {

    @Bean
    WebMvcRegistrations handlerLookupWithMethodReadOnce() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new MethodReadOnceHandlerMapping();
            }
        };
    }

    static final class MethodReadOnceHandlerMapping extends RequestMappingHandlerMapping {

        @Override
        protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
            return super.getHandlerInternal(new MethodReadOnce(request));
        }
    }

    /** The request with its HTTP method read once; all else, attributes included, is the wrapped request's. */
    static final class MethodReadOnce extends HttpServletRequestWrapper {

        private final String method;

        MethodReadOnce(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
