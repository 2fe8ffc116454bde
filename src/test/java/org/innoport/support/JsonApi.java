package org.innoport.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Calls the JSON API through MockMvc as a user (or anonymously), with a CSRF token: the body is written as JSON, the
 * status must be the expected one (the response is in the failure message), the answer is read as JSON. Built with
 * suppliers so that a test can create it in a field initialiser, before Spring injects its MockMvc and mapper:
 * {@code final JsonApi api = new JsonApi(() -> mvc, () -> json);}
 */
public final class JsonApi {

    private final Supplier<MockMvc> mvc;
    private final Supplier<ObjectMapper> json;

    public JsonApi(Supplier<MockMvc> mvc, Supplier<ObjectMapper> json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** The answer as JSON, or null when it has no body. {@code who} null: anonymous. */
    public JsonNode call(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body, int expected)
            throws Exception {
        if (who != null) {
            request = request.with(who);
        }
        request = request.with(csrf());
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json.get().writeValueAsString(body));
        }
        MockHttpServletResponse response = mvc.get().perform(request).andReturn().getResponse();
        String content = response.getContentAsString();
        assertThat(response.getStatus()).as(content).isEqualTo(expected);
        return content.isEmpty() ? null : json.get().readTree(content);
    }

    /** The stable {@code code} of the problem the call answers with. */
    public String code(MockHttpServletRequestBuilder request, RequestPostProcessor who, Object body, int expected)
            throws Exception {
        return call(request, who, body, expected).get("code").asString();
    }
}
