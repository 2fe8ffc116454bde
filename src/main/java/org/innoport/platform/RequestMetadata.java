package org.innoport.platform;

import org.slf4j.MDC;

/**
 * The current request's id and client address, as the request filter recorded them (null outside a request).
 * The audit trail reads them for every row.
 */
public record RequestMetadata(String requestId, String clientIp) {

    public static RequestMetadata current() {
        return new RequestMetadata(MDC.get("requestId"), MDC.get("clientIp"));
    }
}
