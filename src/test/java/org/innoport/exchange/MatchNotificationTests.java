package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.innoport.platform.Notification;
import org.innoport.platform.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/** Saved searches and "new matches for my listing" notify through the outbox when a listing is published. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class MatchNotificationTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final RequestPostProcessor OTHER = user("applicant2").roles("APPLICANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Notifications notifications;

    String publish(ListingDetails details, RequestPostProcessor owner) throws Exception {
        String body = mvc.perform(post("/api/v1/listings").with(owner).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(details))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String id = json.readTree(body).get("id").asString();
        mvc.perform(post("/api/v1/listings/{id}/submit", id).with(owner).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/listings/{id}/approve", id).with(OFFICER).with(csrf())).andExpect(status().isOk());
        return id;
    }

    List<String> subjects(String username) {
        return notifications.of(username, PageRequest.of(0, 100)).getContent().stream().map(Notification::subject).toList();
    }

    @Test
    void publishingAnOfferTellsTheOwnerOfAMatchingRequestAndOfAMatchingSavedSearch() throws Exception {
        String token = ExchangeMother.token();
        var medical = ExchangeMother.request("Cần robot hàn ống thép " + token,
                "Xưởng cơ khí cần robot hàn tự động cho ống thép đường kính lớn", "203");
        medical = new ListingDetails(medical.kind(), medical.category(), medical.title(), medical.summary(), null,
                medical.field(), List.of(), 5, medical.ipStatus(), PriceKind.NEGOTIABLE, null, null, null, null, null,
                null, null, null);
        publish(medical, OTHER);
        mvc.perform(post("/api/v1/saved-searches").with(OTHER).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("q", "robot han " + token, "kind", "OFFER"))))
                .andExpect(status().isCreated());

        String offerTitle = "Robot hàn ống thép tự động " + token;
        publish(ExchangeMother.offer(offerTitle, "Robot hàn ống thép đường kính lớn, hàn TIG tự động", "203"), APPLICANT);

        assertThat(subjects("applicant2"))
                .anyMatch(s -> s.contains("Cần robot hàn ống thép " + token) && s.contains("đối tác phù hợp"))
                .anyMatch(s -> s.contains("robot han " + token) && s.contains("tìm kiếm đã lưu"));
        assertThat(subjects("applicant")).noneMatch(s -> s.contains(token) && s.contains("đối tác phù hợp"));
    }
}
