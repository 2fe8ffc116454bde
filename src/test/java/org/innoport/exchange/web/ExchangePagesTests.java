package org.innoport.exchange.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.innoport.exchange.ExchangeMother;
import org.innoport.exchange.ListingQuery;
import org.innoport.exchange.ListingSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The exchange pages: public search and detail, owners' form and list, the moderation queue. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ExchangePagesTests {

    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    ListingSearch search;

    @Test
    void anyoneSearchesWithoutDiacriticsAndSeesFacets() throws Exception {
        mvc.perform(get("/exchange").param("q", "may say lua"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Máy sấy lúa tuần hoàn 10 tấn/mẻ (Dữ liệu mẫu)")))
                .andExpect(content().string(containsString("id=\"facet-category\"")))
                .andExpect(content().string(containsString("Dữ liệu mẫu")));
        mvc.perform(get("/exchange").header("Accept-Language", "en").param("lang", "en"))
                .andExpect(status().isOk());
    }

    @Test
    void theDetailShowsMatchesWithReasonsAndContactDetailsOnlyToSignedInUsers() throws Exception {
        var hit = search.search(ListingQuery.text("thiet bi say hai san bom nhiet"), 0, 1).items().getFirst();
        mvc.perform(get("/exchange/listings/{id}", hit.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(hit.title())))
                .andExpect(content().string(containsString("id=\"matches\"")))
                .andExpect(content().string(containsString("Từ ngữ chung")))
                .andExpect(content().string(containsString("Đăng nhập để xem thông tin liên hệ")))
                .andExpect(content().string(not(containsString("san.congnghe@example.vn"))));
        mvc.perform(get("/exchange/listings/{id}", hit.id()).with(APPLICANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("san.congnghe@example.vn")));
    }

    @Test
    void anOwnerPostsAListingThroughTheFormAndSeesItInTheirList() throws Exception {
        String title = "Máy đóng gói chân không thủy sản " + ExchangeMother.token();
        mvc.perform(get("/exchange/new").param("kind", "OFFER").with(APPLICANT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"listing-form\"")));
        mvc.perform(post("/exchange/new").with(APPLICANT).with(csrf())
                        .param("kind", "OFFER").param("category", "EQUIPMENT").param("title", "")
                        .param("summary", "x").param("field", "405").param("ipStatus", "NONE").param("priceKind", "NEGOTIABLE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"listing-form\"")));
        mvc.perform(post("/exchange/new").with(APPLICANT).with(csrf())
                        .param("kind", "OFFER").param("category", "EQUIPMENT").param("title", title)
                        .param("summary", "Máy đóng gói hút chân không cho cá, mực").param("field", "405")
                        .param("keywords", "đóng gói, chân không").param("trl", "8").param("ipStatus", "NONE")
                        .param("priceKind", "FIXED").param("priceVnd", "250000000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/exchange/listings/")));
        mvc.perform(get("/exchange/mine").with(APPLICANT)).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
    }

    @Test
    void onlyOfficersOpenTheModerationQueue() throws Exception {
        mvc.perform(get("/exchange/moderation").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Duyệt tin sàn công nghệ")));
        mvc.perform(get("/exchange/moderation").with(APPLICANT)).andExpect(status().isForbidden());
    }
}
