package org.innoport.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request parameters (query string, form fields, multipart fields) are read in Unicode NFC, names and values, by
 * everything downstream: data binding of single values, lists and records, {@code @RequestParam}, and Spring
 * Security's login form. Runs just after the filter that reads PUT/PATCH form bodies, before security.
 * Path variables are normalised by {@link TextInputAdvice}, JSON by {@link JsonConfiguration}.
 */
@Component
@Order(OrderedFormContentFilter.DEFAULT_ORDER + 1)
class NfcParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new NfcParameters(request), response);
    }

    private static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static final class NfcParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        NfcParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(nfc(name));
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(nfc(name));
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> normalised = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = nfc(values[i]);
                    }
                    normalised.merge(nfc(name), copy, NfcParameters::concat);
                });
                parameters = Collections.unmodifiableMap(normalised);
            }
            return parameters;
        }

        private static String[] concat(String[] a, String[] b) {
            String[] both = new String[a.length + b.length];
            System.arraycopy(a, 0, both, 0, a.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }
}
