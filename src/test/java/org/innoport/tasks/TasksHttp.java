package org.innoport.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.innoport.shared.Money;
import org.innoport.support.HttpSession;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON API calls over real HTTP with Bearer tokens, for the tasks module's tests. */
final class TasksHttp {

    /** Writes Money as a plain number of dong, as the application does. */
    static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(Money.class, new StdSerializer<Money>(Money.class) {
                @Override
                public void serialize(Money money, JsonGenerator generator, SerializationContext context) {
                    generator.writeNumber(money.dong());
                }
            })).build();
    static final String DEMO_PASSWORD = "innoport-demo";

    private final HttpSession http;

    TasksHttp(int port) {
        this.http = new HttpSession(port);
    }

    String tokenFor(String username, String password) {
        HttpResponse<String> response = call("POST", "/api/v1/auth/tokens", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asString();
    }

    HttpResponse<String> call(String method, String path, String token, Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build());
    }

    /** Calls and expects {@code status}; returns the JSON body. */
    JsonNode expect(int status, String method, String path, String token, Object body) {
        HttpResponse<String> response = call(method, path, token, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    JsonNode get(String path, String token) {
        return expect(200, "GET", path, token, null);
    }

    JsonNode post(String path, String token, Object body) {
        return expect(200, "POST", path, token, body);
    }

    JsonNode create(String path, String token, Object body) {
        return expect(201, "POST", path, token, body);
    }

    /** Expects a 409 problem with {@code state.illegal-transition} (or the given code). */
    JsonNode conflict(String method, String path, String token, Object body, String code) {
        HttpResponse<String> response = call(method, path, token, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo(code);
        return problem;
    }
}
