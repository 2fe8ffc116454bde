package org.innoport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.util.ServletRequestPathUtils;

/** The request the handler lookup sees reads method, content type and parsed path once, and nothing goes stale. */
class HandlerLookupTests {

    @Test
    void theLookupRequestAnswersLikeTheRealOneAndForgetsThePathWhenItIsSetOrRemoved() {
        MockHttpServletRequest real = new MockHttpServletRequest("POST", "/api/v1/auctions/1/bids");
        real.setContentType("application/json");
        ServletRequestPathUtils.parseAndCache(real);
        Object parsed = real.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        var lookup = new HandlerLookupConfiguration.ReadOnceRequest(real);

        assertThat(lookup.getMethod()).isEqualTo("POST");
        assertThat(lookup.getContentType()).isEqualTo("application/json");
        assertThat(lookup.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isSameAs(parsed);

        lookup.removeAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        assertThat(lookup.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isNull();
        assertThat(real.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isNull();

        lookup.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
        assertThat(lookup.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE)).isSameAs(parsed);

        lookup.setAttribute("other", "value");
        assertThat(real.getAttribute("other")).isEqualTo("value");
        assertThat(lookup.getAttribute("other")).isEqualTo("value");
    }
}
