package org.innoport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.innoport.support.HttpSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each demo role, signed in through the login form over real HTTP, reaches its pages and is refused (403) on the
 * others; anonymous visitors see only public pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RoleAccessTests {

    static final List<String> EVERY_SIGNED_IN_USER = List.of("/", "/profile", "/notifications", "/dashboard",
            "/documents", "/indicators");
    static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/audit", "/admin/outbox");
    static final List<String> OFFICER_PAGES = List.of("/data-entry/city_tasks_approved");

    static final Map<String, List<String>> OWN_PAGES = Map.of(
            "admin", concat(EVERY_SIGNED_IN_USER, ADMIN_PAGES, OFFICER_PAGES),
            "officer", concat(EVERY_SIGNED_IN_USER, OFFICER_PAGES),
            "leader", EVERY_SIGNED_IN_USER,
            "expert", EVERY_SIGNED_IN_USER,
            "applicant", EVERY_SIGNED_IN_USER,
            "applicant2", EVERY_SIGNED_IN_USER);

    @LocalServerPort
    int port;

    static Stream<Arguments> demoUsers() {
        return OWN_PAGES.keySet().stream().sorted().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void eachDemoRoleReachesItsPagesAndIsRefusedOnTheOthers(String username) {
        HttpSession session = new HttpSession(port);
        assertThat(session.signIn(username, "innoport-demo").headers().firstValue("Location").orElseThrow())
                .as("sign-in of %s", username).doesNotContain("error");
        List<String> own = OWN_PAGES.get(username);
        for (String page : own) {
            assertThat(session.get(page, "Accept", "text/html").statusCode()).as("%s on %s", username, page).isEqualTo(200);
        }
        for (String page : concat(ADMIN_PAGES, OFFICER_PAGES)) {
            if (!own.contains(page)) {
                assertThat(session.get(page, "Accept", "text/html").statusCode()).as("%s on %s", username, page)
                        .isEqualTo(403);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void eachDemoRoleSeesOnlyTheNavigationOfItsRole(String username) {
        HttpSession session = new HttpSession(port);
        session.signIn(username, "innoport-demo");
        String home = session.get("/", "Accept", "text/html").body();
        assertThat(home.contains("href=\"/admin/users\"")).as("admin link for %s", username)
                .isEqualTo("admin".equals(username));
        assertThat(home).contains("href=\"/profile\"");
    }

    @org.junit.jupiter.api.Test
    void anonymousVisitorsSeePublicPagesAndAreSentToLoginForTheRest() {
        HttpSession anonymous = new HttpSession(port);
        for (String page : List.of("/", "/login", "/dashboard", "/documents", "/indicators")) {
            assertThat(anonymous.get(page, "Accept", "text/html").statusCode()).as(page).isEqualTo(200);
        }
        for (String page : concat(List.of("/profile", "/notifications"), ADMIN_PAGES, OFFICER_PAGES)) {
            var response = anonymous.get(page, "Accept", "text/html");
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
