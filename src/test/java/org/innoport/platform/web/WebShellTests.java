package org.innoport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class WebShellTests {

    @Autowired
    MockMvc mvc;

    @Test
    void homePageIsVietnameseByDefaultAndNamesTheInstance() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"vi\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sở Khoa học và Công nghệ thành phố Hải Phòng")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập")));
    }

    @Test
    void languageSwitchShowsEnglishAndIsRememberedInACookie() throws Exception {
        MvcResult switched = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in")))
                .andExpect(cookie().value("innoport-lang", "en"))
                .andReturn();
        Cookie remembered = switched.getResponse().getCookie("innoport-lang");
        mvc.perform(get("/login").cookie(remembered))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\">")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Username")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/no-such-page", "/admin/users"})
    void everyHtmlResponseCarriesTheSecurityHeaders(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
        var response = result.getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Request-Id")).isNotBlank();
    }

    @Test
    void openApiDocumentAndBrowsableUiAreServed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void healthProbesAndPrometheusMetricsAreExposed() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }
}
