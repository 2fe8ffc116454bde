package org.innoport.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.innoport.identity.Accounts;
import org.innoport.identity.ApiTokenSummary;
import org.innoport.identity.ApiTokens;
import org.innoport.identity.IssuedApiToken;
import org.innoport.identity.Role;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code /profile}: one's own account, password and API tokens. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ProfilePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;

    UserSummary me;
    RequestPostProcessor signedIn;

    @BeforeEach
    void signIn() {
        me = UserMother.create(accounts, "me", Role.APPLICANT);
        signedIn = user(me.username()).roles("APPLICANT");
    }

    @Test
    void showsTheAccountAndTheApiTokensWithARevokeButtonThatAsksFirst() throws Exception {
        IssuedApiToken issued = tokens.issue(me.username(), UserMother.PASSWORD, "Máy chủ báo cáo");
        mvc.perform(get("/profile").with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd class=\"col-sm-9\" id=\"profile-username\">" + me.username())))
                .andExpect(content().string(containsString("Máy chủ báo cáo")))
                .andExpect(content().string(containsString("Đang hiệu lực")))
                .andExpect(content().string(containsString("action=\"/profile/tokens/" + issued.id() + "/revoke\"")))
                .andExpect(content().string(containsString("data-confirm=\"Thu hồi mã “Máy chủ báo cáo”?")))
                .andExpect(content().string(not(containsString(issued.token()))));
    }

    @Test
    void showsAnEmptyStateWithoutTokens() throws Exception {
        mvc.perform(get("/profile").with(signedIn))
                .andExpect(content().string(containsString("Bạn chưa có mã truy cập API nào.")));
    }

    @Test
    void revokesATokenFromTheProfile() throws Exception {
        IssuedApiToken issued = tokens.issue(me.username(), UserMother.PASSWORD, "script");
        mvc.perform(post("/profile/tokens/{id}/revoke", issued.id()).with(signedIn).with(csrf()))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attributeExists("flash"));
        assertThat(tokens.ofUser(me.username(), PageRequest.of(0, 10)).getContent())
                .extracting(ApiTokenSummary::status).containsExactly(ApiTokenSummary.Status.REVOKED);
    }

    @Test
    void someoneElsesTokenCannotBeRevokedFromOnesProfile() throws Exception {
        UserSummary other = UserMother.create(accounts, "other", Role.APPLICANT);
        IssuedApiToken theirs = tokens.issue(other.username(), UserMother.PASSWORD, "theirs");
        mvc.perform(post("/profile/tokens/{id}/revoke", theirs.id()).with(signedIn).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.ofUser(other.username(), PageRequest.of(0, 10)).getContent())
                .extracting(ApiTokenSummary::status).containsExactly(ApiTokenSummary.Status.ACTIVE);
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsGiven() throws Exception {
        mvc.perform(post("/profile/password").with(signedIn).with(csrf())
                        .param("currentPassword", UserMother.PASSWORD)
                        .param("newPassword", "Hai-Phong-2030").param("confirmation", "Hai-Phong-2030"))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(formLogin("/login").user(me.username()).password("Hai-Phong-2030"))
                .andExpect(authenticated().withUsername(me.username()));
        mvc.perform(formLogin("/login").user(me.username()).password(UserMother.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void refusesAWrongCurrentPassword() throws Exception {
        mvc.perform(post("/profile/password").with(signedIn).with(csrf())
                        .param("currentPassword", "Not-my-password-1")
                        .param("newPassword", "Hai-Phong-2030").param("confirmation", "Hai-Phong-2030"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")))
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")));
        mvc.perform(formLogin("/login").user(me.username()).password(UserMother.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void explainsThePolicyInTheUsersLanguage() throws Exception {
        mvc.perform(post("/profile/password").with(signedIn).with(csrf())
                        .param("currentPassword", UserMother.PASSWORD)
                        .param("newPassword", me.username()).param("confirmation", "something else"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu không được chứa tên đăng nhập.")))
                .andExpect(content().string(containsString("Mật khẩu nhập lại không khớp với mật khẩu mới.")));
        mvc.perform(post("/profile/password").param("lang", "en").with(signedIn).with(csrf())
                        .param("currentPassword", UserMother.PASSWORD)
                        .param("newPassword", "short").param("confirmation", "short"))
                .andExpect(content().string(containsString("The password must have at least 10 characters.")))
                .andExpect(content().string(containsString("The password must mix at least two kinds of characters")));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/profile")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }
}
