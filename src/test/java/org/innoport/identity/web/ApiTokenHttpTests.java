package org.innoport.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.innoport.identity.Accounts;
import org.innoport.identity.ChangeUserAccess;
import org.innoport.identity.Role;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;
import org.innoport.identity.domain.ApiToken;
import org.innoport.support.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API tokens and Bearer authentication over real HTTP: the servlet container's error dispatch, which renders 401/403
 * as problem+json, is part of what is tested.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ApiTokenHttpTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DEMO_PASSWORD = "innoport-demo";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    HttpSession http;

    @BeforeEach
    void client() {
        http = new HttpSession(port);
    }

    @Test
    void issuesARandomTokenStoredOnlyAsItsHash() {
        UserSummary user = UserMother.create(accounts, "issue", Role.EXPERT);
        HttpResponse<String> response = post("/api/v1/auth/tokens", null,
                "{\"username\":\"" + user.username() + "\",\"password\":\"" + UserMother.PASSWORD + "\",\"name\":\"ci\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        String token = body.get("token").asString();
        assertThat(token).matches("ipt_[A-Za-z0-9_-]{43}");
        assertThat(Instant.parse(body.get("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        String id = body.get("id").asString();

        String stored = jdbc.sql("select token_hash from identity.api_tokens where id = ?::uuid").param(id)
                .query(String.class).single();
        assertThat(stored).isEqualTo(ApiToken.hash(token));
        assertThat(jdbc.sql("select count(*) from identity.api_tokens where token_hash = ? or name = ?")
                .params(token, token).query(Long.class).single()).isZero();
    }

    @Test
    void wrongCredentialsGetA401Problem() {
        HttpResponse<String> response = post("/api/v1/auth/tokens", null,
                "{\"username\":\"officer\",\"password\":\"not-the-password\"}");
        assertProblem(response, 401, "authentication.required");
        assertProblem(post("/api/v1/auth/tokens", null,
                "{\"username\":\"" + UserMother.uniqueUsername("ghost") + "\",\"password\":\"x-Y-1234567\"}"),
                401, "authentication.required");
    }

    @Test
    void anonymousCallsToTheUserApiGetA401Problem() {
        assertProblem(http.get("/api/v1/users"), 401, "authentication.required");
    }

    @Test
    void theApplicantsTokenIsRefusedOnTheUserApiWithA403Problem() {
        String token = tokenFor("applicant", DEMO_PASSWORD);
        assertProblem(call("GET", "/api/v1/users", token, null), 403, "access.denied");
        assertThat(call("GET", "/api/v1/auth/tokens", token, null).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdministratorsTokenWorksWithoutSessionOrCsrfToken() {
        String token = tokenFor("admin", DEMO_PASSWORD);
        HttpResponse<String> list = call("GET", "/api/v1/users?size=5&sort=username,asc", token, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).get("items").size()).isEqualTo(5);
        assertThat(list.headers().firstValue("Set-Cookie")).isEmpty();

        String username = UserMother.uniqueUsername("viaapi");
        HttpResponse<String> created = call("POST", "/api/v1/users", token, "{\"username\":\"" + username
                + "\",\"password\":\"" + UserMother.PASSWORD + "\",\"roles\":[\"EXPERT\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(accounts.findByUsername(username)).isPresent();
    }

    @Test
    void aSignedInBrowserSessionStillNeedsTheCsrfTokenForTheApi() {
        http.signIn("admin", DEMO_PASSWORD);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/users")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + UserMother.uniqueUsername("csrf")
                        + "\",\"password\":\"" + UserMother.PASSWORD + "\",\"roles\":[\"EXPERT\"]}")).build());
        assertProblem(response, 403, "access.denied");
    }

    @Test
    void aRevokedTokenGetsA401Problem() {
        String token = tokenFor("officer", DEMO_PASSWORD);
        String id = ownTokenIds(token).stream().filter(candidate -> candidate.equals(idOf(token))).findFirst()
                .orElseThrow();

        assertThat(call("DELETE", "/api/v1/auth/tokens/" + id, token, null).statusCode()).isEqualTo(204);

        HttpResponse<String> afterwards = call("GET", "/api/v1/auth/tokens", token, null);
        assertProblem(afterwards, 401, "authentication.required");
        assertThat(afterwards.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void nobodyCanRevokeSomeoneElsesToken() {
        String officers = tokenFor("officer", DEMO_PASSWORD);
        String experts = tokenFor("expert", DEMO_PASSWORD);
        assertProblem(call("DELETE", "/api/v1/auth/tokens/" + idOf(officers), experts, null), 404, "not-found");
        assertThat(call("GET", "/api/v1/auth/tokens", officers, null).statusCode()).isEqualTo(200);
        assertThat(ownTokenIds(experts)).doesNotContain(idOf(officers));
    }

    @Test
    void theOwnersTokenListShowsNoSecretAndWhenATokenWasLastUsed() {
        UserSummary user = UserMother.create(accounts, "listing", Role.APPLICANT);
        String token = tokenFor(user.username(), UserMother.PASSWORD);
        HttpResponse<String> response = call("GET", "/api/v1/auth/tokens", token, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(token).doesNotContain(ApiToken.hash(token));
        JsonNode items = JSON.readTree(response.body()).get("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(items.get(0).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void anExpiredTokenGetsA401Problem() {
        String token = tokenFor("leader", DEMO_PASSWORD);
        jdbc.sql("update identity.api_tokens set expires_at = now() - interval '1 second' where token_hash = ?")
                .param(ApiToken.hash(token)).update();
        assertProblem(call("GET", "/api/v1/auth/tokens", token, null), 401, "authentication.required");
    }

    @Test
    void aTokenCarriesTheOwnersCurrentRightsNotThoseAtIssue() {
        UserSummary user = UserMother.create(accounts, "promoted", Role.EXPERT);
        String token = tokenFor(user.username(), UserMother.PASSWORD);
        assertProblem(call("GET", "/api/v1/users", token, null), 403, "access.denied");

        UserMother.asAdmin(() -> accounts.changeAccess(user.id(),
                new ChangeUserAccess(Set.of(Role.EXPERT, Role.ADMIN), null, user.version())));
        assertThat(call("GET", "/api/v1/users", token, null).statusCode()).isEqualTo(200);

        UserSummary promoted = accounts.get(user.id());
        UserMother.asAdmin(() -> accounts.changeAccess(user.id(),
                new ChangeUserAccess(Set.of(Role.EXPERT), null, promoted.version())));
        assertProblem(call("GET", "/api/v1/users", token, null), 403, "access.denied");

        UserMother.asAdmin(() -> accounts.deactivate(user.id()));
        assertProblem(call("GET", "/api/v1/auth/tokens", token, null), 401, "authentication.required");
    }

    @Test
    void anUnknownTokenIsRefusedEvenAlongsideAValidSession() {
        http.signIn("admin", DEMO_PASSWORD);
        assertProblem(call("GET", "/api/v1/users", "ipt_not-a-real-token", null), 401, "authentication.required");
        assertThat(http.get("/api/v1/users").statusCode()).isEqualTo(200);
    }

    @Test
    void aBearerTokenDoesNotOpenThePages() {
        String token = tokenFor("admin", DEMO_PASSWORD);
        HttpResponse<String> page = http.get("/admin/users", "Authorization", "Bearer " + token, "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String tokenFor(String username, String password) {
        HttpResponse<String> response = post("/api/v1/auth/tokens", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("token").asString();
    }

    private String idOf(String token) {
        return jdbc.sql("select id::text from identity.api_tokens where token_hash = ?").param(ApiToken.hash(token))
                .query(String.class).single();
    }

    private java.util.List<String> ownTokenIds(String token) {
        JsonNode items = JSON.readTree(call("GET", "/api/v1/auth/tokens?size=200", token, null).body()).get("items");
        java.util.List<String> ids = new java.util.ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return call("POST", path, token, json);
    }

    private HttpResponse<String> call(String method, String path, String token, String json) {
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

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }
}
