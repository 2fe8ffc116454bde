package org.innoport.identity.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.innoport.identity.Accounts;
import org.innoport.identity.Role;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /api/v1/users}, the administrators' API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class UserApiTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void createsAUserAndAnswers201WithItsLocation() throws Exception {
        String username = UserMother.uniqueUsername("api");
        UUID organisation = UUID.randomUUID();
        mvc.perform(json(post("/api/v1/users"), """
                        {"username":"%s","displayName":"Trần Thị Lan","email":"lan@haiphong.gov.vn",
                         "password":"%s","roles":["OFFICER","EXPERT"],"organisationId":"%s"}"""
                        .formatted(username, UserMother.PASSWORD, organisation)).with(ADMIN).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/users/")))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.displayName").value("Trần Thị Lan"))
                .andExpect(jsonPath("$.roles", containsInAnyOrder("EXPERT", "OFFICER")))
                .andExpect(jsonPath("$.organisationId").value(organisation.toString()))
                .andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void validationErrorsComeBackAsVietnameseFieldErrors() throws Exception {
        mvc.perform(json(post("/api/v1/users"), """
                        {"username":"","password":"abcdefg","roles":["EXPERT"]}""").with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("validation.failed"))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')].message").value(hasItem("Không được để trống.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message")
                        .value(hasItem("Mật khẩu phải có ít nhất 10 ký tự.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value(hasItem(
                        "Mật khẩu phải gồm ít nhất hai loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].code").value(hasItem("password.too-short")))
                .andExpect(jsonPath("$.errors[*].message", everyItem(not(startsWith("{")))));
    }

    @Test
    void validationErrorsComeBackInEnglishWhenAskedFor() throws Exception {
        mvc.perform(json(post("/api/v1/users"), """
                        {"username":"","password":"abcdefg","roles":[]}""").with(ADMIN).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid data"))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')].message").value(hasItem("Must not be blank.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message")
                        .value(hasItem("The password must have at least 10 characters.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'roles')].message").value(hasItem("Choose at least one role.")));
    }

    @Test
    void aTakenUsernameAndAPasswordContainingTheUsernameAreFieldErrors() throws Exception {
        UserSummary existing = UserMother.create(accounts, "taken", Role.EXPERT);
        mvc.perform(json(post("/api/v1/users"), """
                        {"username":"%s","password":"%s","roles":["EXPERT"]}"""
                        .formatted(existing.username(), UserMother.PASSWORD)).with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].code").value("user.username.taken"));
        String username = UserMother.uniqueUsername("self");
        mvc.perform(json(post("/api/v1/users"), """
                        {"username":"%s","password":"X-%s-1","roles":["EXPERT"]}"""
                        .formatted(username, username)).with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("password.contains-username"));
    }

    @Test
    void listsUsersPagedFilteredAndSorted() throws Exception {
        String marker = "lst" + Long.toString(System.nanoTime(), 36);
        UserMother.create(accounts, marker + "-b", Role.LEADER);
        UserMother.create(accounts, marker + "-a", Role.LEADER);
        UserMother.create(accounts, marker + "-c", Role.APPLICANT);
        mvc.perform(get("/api/v1/users").param("q", marker).param("role", "LEADER").param("size", "1")
                        .param("sort", "username,desc").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].username", startsWith(marker + "-b")))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/v1/users").param("sort", "passwordHash").with(ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void readsOneUserAndAnswers404ForAnUnknownOne() throws Exception {
        UserSummary user = UserMother.create(accounts, "one", Role.EXPERT);
        mvc.perform(get("/api/v1/users/{id}", user.id().value()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(user.id().value().toString()))
                .andExpect(jsonPath("$.version").value(user.version()));
        mvc.perform(get("/api/v1/users/{id}", UUID.randomUUID()).with(ADMIN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void changesRolesAndOrganisationOnlyOnTheCurrentVersion() throws Exception {
        UserSummary user = UserMother.create(accounts, "put", Role.APPLICANT);
        UUID organisation = UUID.randomUUID();
        String body = """
                {"roles":["APPLICANT","EXPERT"],"organisationId":"%s","version":%d}"""
                .formatted(organisation, user.version());
        mvc.perform(json(put("/api/v1/users/{id}", user.id().value()), body).with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", containsInAnyOrder("APPLICANT", "EXPERT")))
                .andExpect(jsonPath("$.organisationId").value(organisation.toString()))
                .andExpect(jsonPath("$.version").value(user.version() + 1));

        mvc.perform(json(put("/api/v1/users/{id}", user.id().value()), """
                        {"roles":["LEADER"],"version":%d}""".formatted(user.version())).with(ADMIN).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("version.conflict"));
        mvc.perform(json(put("/api/v1/users/{id}", user.id().value()), """
                        {"roles":["LEADER"]}""").with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void deactivatesAndReactivatesReturningTheNewRepresentation() throws Exception {
        UserSummary user = UserMother.create(accounts, "deact", Role.EXPERT);
        mvc.perform(post("/api/v1/users/{id}/deactivate", user.id().value()).with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/users/{id}/deactivate", user.id().value()).with(ADMIN).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("state.illegal-transition"));
        mvc.perform(post("/api/v1/users/{id}/activate", user.id().value()).with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void onlyAdministratorsReachTheUserApi() throws Exception {
        mvc.perform(get("/api/v1/users").with(user("officer").roles("OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/users"), "{}").with(user("leader").roles("LEADER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
