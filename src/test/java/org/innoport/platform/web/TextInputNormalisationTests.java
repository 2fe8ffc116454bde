package org.innoport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class TextInputNormalisationTests {

    @Autowired
    MockMvc mvc;

    static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).as("test input must really be decomposed").isNotEqualTo(nfc(text));
        return decomposed;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    @Test
    void formFieldsListsAndQueryParametersArriveInNfc() throws Exception {
        mvc.perform(post("/test/services/form").with(user("applicant")).with(csrf())
                        .param("title", nfd("Hội đồng tư vấn xét chọn"))
                        .param("keywords", nfd("hoà bình"), nfd("thuỷ sản"))
                        .param("amount", "1.500.000 ₫")
                        .param("q", nfd("tìm kiếm")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(nfc("Hội đồng tư vấn xét chọn")))
                .andExpect(jsonPath("$.keywords[0]").value(nfc("hoà bình")))
                .andExpect(jsonPath("$.keywords[1]").value(nfc("thuỷ sản")))
                .andExpect(jsonPath("$.q").value(nfc("tìm kiếm")))
                .andExpect(jsonPath("$.amount").value(1_500_000));
    }

    @Test
    void pathVariablesArriveInNfc() throws Exception {
        mvc.perform(get("/test/services/path/{word}", nfd("Hải Phòng")).with(user("applicant")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.word").value(nfc("Hải Phòng")));
    }

    @Test
    void jsonStringsListsAndMapKeysArriveInNfcAndMoneyIsAPlainNumber() throws Exception {
        String body = """
                {"title": "%s", "keywords": ["%s"], "labels": {"%s": "%s"}, "amount": 257473016000}"""
                .formatted(nfd("Đổi mới sáng tạo"), nfd("hoà"), nfd("lĩnh vực"), nfd("Nông nghiệp"));
        mvc.perform(post("/test/services/json").with(user("applicant")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(nfc("Đổi mới sáng tạo")))
                .andExpect(jsonPath("$.keywords[0]").value(nfc("hoà")))
                .andExpect(jsonPath("$.labels['" + nfc("lĩnh vực") + "']").value(nfc("Nông nghiệp")))
                .andExpect(jsonPath("$.amount").value(257_473_016_000L));
    }

    @Test
    void anAmountThatIsNotWholeDongIsRefusedInJson() throws Exception {
        mvc.perform(post("/test/services/json").with(user("applicant")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"amount\": 12.5}"))
                .andExpect(status().isBadRequest());
    }
}
