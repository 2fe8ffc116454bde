package org.innoport.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /admin/users}: the administrators' pages for accounts. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class UserAdminPageTests {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void listsUsersWithFilterSortingAndPagination() throws Exception {
        for (int i = 0; i < 21; i++) {
            UserMother.create(accounts, "page", Role.EXPERT);
        }
        mvc.perform(get("/admin/users").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"h3 mb-0\">Quản lý người dùng</h1>")))
                .andExpect(content().string(containsString("id=\"user-filter\"")))
                .andExpect(content().string(containsString(">applicant<")))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andExpect(content().string(containsString("href=\"/admin/users?q=&amp;dir=asc&amp;page=1\"")))
                .andExpect(content().string(containsString("class=\"nav-link active\" href=\"/admin/users\"")));
        mvc.perform(get("/admin/users").param("role", "LEADER").param("dir", "desc").with(ADMIN))
                .andExpect(content().string(containsString(">leader<")))
                .andExpect(content().string(not(containsString(">applicant<"))))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("<option value=\"LEADER\" selected>")));
    }

    @Test
    void anHtmxFilterRequestGetsOnlyTheResultTable() throws Exception {
        mvc.perform(get("/admin/users").param("q", "applicant").header("HX-Request", "true").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"user-results\">")))
                .andExpect(content().string(containsString(">applicant2<")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void showsAnEmptyStateWhenNothingMatches() throws Exception {
        mvc.perform(get("/admin/users").param("q", "no-such-user-" + UUID.randomUUID()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có người dùng nào phù hợp với bộ lọc.")))
                .andExpect(content().string(not(containsString("id=\"user-table\""))));
    }

    @Test
    void createsAUserThroughTheForm() throws Exception {
        mvc.perform(get("/admin/users/new").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("Ít nhất 10 ký tự")));
        String username = UserMother.uniqueUsername("form");
        mvc.perform(post("/admin/users").with(ADMIN).with(csrf())
                        .param("username", username).param("displayName", "Phạm Minh Đức")
                        .param("password", UserMother.PASSWORD).param("roles", "OFFICER", "LEADER")
                        .param("organisationId", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attributeExists("flash"));
        UserSummary created = accounts.findByUsername(username).orElseThrow();
        assertThat(created.roles()).containsExactly(Role.OFFICER, Role.LEADER);
        assertThat(created.displayName()).isEqualTo("Phạm Minh Đức");
    }

    @Test
    void showsEveryProblemOfTheCreationFormNextToItsField() throws Exception {
        mvc.perform(post("/admin/users").with(ADMIN).with(csrf())
                        .param("username", "").param("password", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("<a href=\"#username\" class=\"alert-link\">Không được để trống.</a>")))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")))
                .andExpect(content().string(containsString("Chọn ít nhất một vai trò.")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(not(containsString("value=\"abc\""))));
        mvc.perform(post("/admin/users").with(ADMIN).with(csrf()).param("username", "someone")
                        .param("password", UserMother.PASSWORD).param("roles", "EXPERT").param("organisationId", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã tổ chức phải là một UUID hợp lệ.")));
    }

    @Test
    void changesRolesAndOrganisationAndReportsAStaleForm() throws Exception {
        UserSummary user = UserMother.create(accounts, "edit", Role.APPLICANT);
        UUID organisation = UUID.randomUUID();
        mvc.perform(get("/admin/users/{id}", user.id().value()).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + user.version() + "\"")))
                .andExpect(content().string(containsString("data-confirm=\"Vô hiệu hóa tài khoản " + user.username())));

        mvc.perform(post("/admin/users/{id}", user.id().value()).with(ADMIN).with(csrf())
                        .param("roles", "EXPERT").param("organisationId", organisation.toString())
                        .param("version", String.valueOf(user.version())))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        assertThat(accounts.get(user.id()).roles()).containsExactly(Role.EXPERT);
        assertThat(accounts.get(user.id()).organisationId()).isEqualTo(organisation);

        mvc.perform(post("/admin/users/{id}", user.id().value()).with(ADMIN).with(csrf())
                        .param("roles", "LEADER").param("version", String.valueOf(user.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Người dùng này vừa được người khác thay đổi.")));
        assertThat(accounts.get(user.id()).roles()).containsExactly(Role.EXPERT);
    }

    @Test
    void deactivatesReactivatesAndUnlocksWithConfirmation() throws Exception {
        UserSummary user = UserMother.create(accounts, "toggle", Role.EXPERT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(user.username()).password("Wrong-" + i));
        }
        mvc.perform(get("/admin/users/{id}", user.id().value()).with(ADMIN))
                .andExpect(content().string(containsString("Bị khóa đăng nhập đến")))
                .andExpect(content().string(containsString("data-confirm=\"Mở khóa đăng nhập cho tài khoản " + user.username())));
        mvc.perform(post("/admin/users/{id}/unlock", user.id().value()).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        assertThat(accounts.get(user.id()).locked()).isFalse();

        mvc.perform(post("/admin/users/{id}/deactivate", user.id().value()).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        assertThat(accounts.get(user.id()).active()).isFalse();
        mvc.perform(get("/admin/users/{id}", user.id().value()).with(ADMIN))
                .andExpect(content().string(containsString("Đã vô hiệu hóa")))
                .andExpect(content().string(containsString("id=\"activate\"")));
        mvc.perform(post("/admin/users/{id}/activate", user.id().value()).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));
        assertThat(accounts.get(user.id()).active()).isTrue();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        UserSummary user = UserMother.create(accounts, "nocsrf", Role.EXPERT);
        mvc.perform(post("/admin/users/{id}/deactivate", user.id().value()).with(ADMIN))
                .andExpect(status().isForbidden());
        assertThat(accounts.get(user.id()).active()).isTrue();
    }

    @Test
    void onlyAdministratorsSeeTheUsersPageAndItsNavigationEntry() throws Exception {
        mvc.perform(get("/").with(ADMIN))
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("href=\"/profile\"")));
        mvc.perform(get("/").with(user("applicant").roles("APPLICANT")))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))))
                .andExpect(content().string(containsString("Tài khoản của tôi")));
        mvc.perform(get("/admin/users").with(user("applicant").roles("APPLICANT")))
                .andExpect(status().isForbidden());
    }
}
