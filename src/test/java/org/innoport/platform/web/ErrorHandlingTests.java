package org.innoport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.innoport.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Errors outside controllers, over real HTTP (the servlet container's error dispatch is part of what is tested). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ErrorHandlingTests {

    @LocalServerPort
    int port;

    @Test
    void anonymousApiCallGetsAVietnameseProblemNotALoginRedirect() {
        HttpResponse<String> response = new HttpSession(port).get("/api/v1/users");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"authentication.required\"").contains("Cần xác thực")
                .contains("\"status\":401");
    }

    @Test
    void anonymousApiCallGetsAnEnglishProblemWhenAskedFor() {
        HttpResponse<String> response = new HttpSession(port).get("/api/v1/users", "Accept-Language", "en");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Authentication required");
    }

    @Test
    void unknownApiResourceIsANotFoundProblemForASignedInUser() {
        HttpSession officer = new HttpSession(port);
        officer.signIn("officer", "innoport-demo");
        HttpResponse<String> response = officer.get("/api/v1/no-such-resource");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"not-found\"");
    }

    @Test
    void unknownPageIsAFriendlyVietnamesePageWithoutInternals() {
        HttpSession officer = new HttpSession(port);
        officer.signIn("officer", "innoport-demo");
        HttpResponse<String> response = officer.get("/no-such-page", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Không tìm thấy trang").contains("<html lang=\"vi\">")
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
    }

    @Test
    void forbiddenPageIsShownInTheUsersLanguage() {
        HttpSession applicant = new HttpSession(port);
        applicant.signIn("applicant", "innoport-demo");
        HttpResponse<String> response = applicant.get("/admin/users?lang=en", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Access denied").contains("<html lang=\"en\">");
    }

    @Test
    void anonymousPageRequestIsSentToTheLoginPage() {
        HttpResponse<String> response = new HttpSession(port).get("/profile", "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
