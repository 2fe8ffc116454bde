package org.innoport.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.innoport.exchange.AuctionTestClock;
import org.innoport.exchange.EventKind;
import org.innoport.exchange.EventRegistrationStatus;
import org.innoport.exchange.EventRegistrationView;
import org.innoport.exchange.Events;
import org.innoport.exchange.ExchangeMother;
import org.innoport.exchange.FairBooths;
import org.innoport.exchange.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The event pages per role: the public list and detail, registering and cancelling, and the officers' forms. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import(AuctionTestClock.class)
@org.springframework.test.context.event.RecordApplicationEvents
class EventPageTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvc mvc;

    @Autowired
    Events events;

    @Autowired
    FairBooths booths;

    @Autowired
    MutableClock clock;

    String page(MockHttpServletRequestBuilder request, RequestPostProcessor who, int expected) throws Exception {
        if (who != null) {
            request = request.with(who);
        }
        return mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    /** Creates an event through the officer's form and returns its id. */
    UUID createThroughForm(EventKind kind, String title, int capacity, int startsInDays) throws Exception {
        return createThroughForm(kind, title, capacity, java.time.Duration.ofDays(startsInDays));
    }

    UUID createThroughForm(EventKind kind, String title, int capacity, java.time.Duration startsIn) throws Exception {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZONE).withSecond(0).withNano(0);
        String location = mvc.perform(post("/exchange/events/new").with(OFFICER).with(csrf())
                        .param("kind", kind.name()).param("title", title)
                        .param("startsAt", LOCAL.format(now.plus(startsIn)))
                        .param("endsAt", LOCAL.format(now.plus(startsIn).plusHours(4)))
                        .param("venue", "Trung tâm Hội nghị thành phố Hải Phòng")
                        .param("organisers", "Sở Khoa học và Công nghệ\nSàn công nghệ và thiết bị Hải Phòng")
                        .param("capacity", String.valueOf(capacity))
                        .param("registrationOpensAt", LOCAL.format(now.minusDays(1)))
                        .param("registrationClosesAt", LOCAL.format(now.plus(startsIn).minusMinutes(10))))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/exchange/events/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anyoneSeesTheUpcomingEventsByKindAndAnEventsSeatsLeftButMustSignInToRegister() throws Exception {
        String title = "Hội thảo đổi mới công nghệ cảng biển " + ExchangeMother.token();
        UUID id = createThroughForm(EventKind.WORKSHOP, title, 30, 5);

        assertThat(page(get("/exchange/events"), null, 200)).contains(title);
        assertThat(page(get("/exchange/events").param("kind", "WORKSHOP"), null, 200)).contains(title);
        assertThat(page(get("/exchange/events").param("kind", "FAIR"), null, 200)).doesNotContain(title);
        assertThat(page(get("/exchange/events").param("page", "9999"), null, 200))
                .contains("Chưa có sự kiện nào sắp diễn ra.");

        String detail = page(get("/exchange/events/{id}", id), null, 200);
        assertThat(detail).contains(title, "Còn trống", "id=\"seats-left\">30<", "Đăng nhập để đăng ký tham dự")
                .doesNotContain("id=\"outcome-form\"", "id=\"registrations\"");
        mvc.perform(post("/exchange/events/{id}/register", id).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(page(get("/exchange/events/{id}", id).header("Accept-Language", "en").param("lang", "en"),
                null, 200)).contains(title);
    }

    @Test
    void aSignedInUserRegistersAndCancelsWithConfirmationButCannotCheckInRecordOutcomesOrCreateEvents()
            throws Exception {
        UUID id = createThroughForm(EventKind.TRAINING, "Tập huấn quản trị công nghệ " + ExchangeMother.token(), 1, 5);
        mvc.perform(post("/exchange/events/{id}/register", id).with(APPLICANT).with(csrf()))
                .andExpect(redirectedUrl("/exchange/events/" + id));
        String detail = page(get("/exchange/events/{id}", id), APPLICANT, 200);
        assertThat(detail).contains("Bạn đã được xác nhận chỗ.", "data-confirm=\"Hủy đăng ký tham dự sự kiện này?\"",
                "id=\"seats-left\">0<").doesNotContain("id=\"outcome-form\"");

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer", "n/a", AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
        List<EventRegistrationView> registrations;
        try {
            registrations = events.registrations(id);
        } finally {
            SecurityContextHolder.clearContext();
        }
        UUID registration = registrations.getFirst().id();

        page(post("/exchange/events/{id}/registrations/{r}/check-in", id, registration).with(csrf()), APPLICANT, 403);
        page(post("/exchange/events/{id}/outcomes", id).with(csrf()).param("connectionsMade", "1").param("mous", "0")
                .param("contracts", "0").param("contractValueVnd", "0"), APPLICANT, 403);
        page(post("/exchange/events/{id}/booths", id).with(csrf()).param("code", "A1"), APPLICANT, 403);
        page(get("/exchange/events/new"), APPLICANT, 403);
        page(post("/exchange/events/new").with(csrf()).param("title", "x"), APPLICANT, 403);

        mvc.perform(post("/exchange/events/{id}/registrations/{r}/cancel", id, registration).with(APPLICANT)
                .with(csrf())).andExpect(redirectedUrl("/exchange/events/" + id));
        assertThat(page(get("/exchange/events/{id}", id), APPLICANT, 200)).contains("id=\"register\"",
                "id=\"seats-left\">1<");
    }

    @Test
    void anOfficerCreatesAnEventChecksInAttendeesRecordsTheOutcomeAndAssignsFairBooths() throws Exception {
        assertThat(page(get("/exchange/events/new"), OFFICER, 200)).contains("id=\"event-form\"");
        assertThat(page(post("/exchange/events/new").with(csrf()).param("kind", "FAIR").param("capacity", "0"),
                OFFICER, 200)).contains("id=\"error-summary\"", "href=\"#title\"", "href=\"#capacity\"");

        String title = "Chợ công nghệ và thiết bị Duyên hải Bắc Bộ " + ExchangeMother.token();
        UUID id = createThroughForm(EventKind.FAIR, title, 50, java.time.Duration.ofMinutes(30));
        mvc.perform(post("/exchange/events/{id}/register", id).with(APPLICANT).with(csrf()))
                .andExpect(redirectedUrl("/exchange/events/" + id));
        String detail = page(get("/exchange/events/{id}", id), OFFICER, 200);
        assertThat(detail).contains("id=\"registrations\"", "Điểm danh", "id=\"outcome-form\"", "id=\"booth-form\"");

        String checkIn = detail.substring(detail.indexOf("/registrations/") + "/registrations/".length());
        String registration = checkIn.substring(0, checkIn.indexOf('/'));
        mvc.perform(post("/exchange/events/{id}/registrations/{r}/check-in", id, registration).with(OFFICER)
                .with(csrf())).andExpect(redirectedUrl("/exchange/events/" + id));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "officer", "n/a", AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
        try {
            assertThat(events.registrations(id)).anyMatch(r -> r.id().toString().equals(registration)
                    && r.status() == EventRegistrationStatus.CONFIRMED && r.checkedInAt() != null);
        } finally {
            SecurityContextHolder.clearContext();
        }

        clock.advance(java.time.Duration.ofHours(1));
        assertThat(page(post("/exchange/events/{id}/outcomes", id).with(csrf()).param("connectionsMade", "9")
                .param("mous", "2").param("contracts", "2").param("contractValueVnd", "0"), OFFICER, 200))
                .contains("id=\"error-summary\"", "href=\"#contractValueVnd\"");
        mvc.perform(post("/exchange/events/{id}/outcomes", id).with(OFFICER).with(csrf()).param("connectionsMade", "9")
                        .param("mous", "2").param("contracts", "2").param("contractValueVnd", "3200000000"))
                .andExpect(redirectedUrl("/exchange/events/" + id));
        assertThat(page(get("/exchange/events/{id}", id), null, 200)).contains("id=\"outcome\"", "3.200.000.000");

        mvc.perform(post("/exchange/events/{id}/booths", id).with(OFFICER).with(csrf()).param("code", "H1-05"))
                .andExpect(redirectedUrl("/exchange/events/" + id));
        UUID booth = booths.of(id).getFirst().id();
        mvc.perform(post("/exchange/events/{id}/booths/{b}/assign", id, booth).with(OFFICER).with(csrf())
                        .param("version", "0").param("exhibitorOrganisationId", ExchangeMother.MARITIME.toString()))
                .andExpect(redirectedUrl("/exchange/events/" + id));
        assertThat(page(get("/exchange/events/{id}", id), null, 200)).contains("id=\"booth-H1-05\"",
                "Trường Đại học Hàng hải Việt Nam");
        page(post("/exchange/events/{id}/booths/{b}/unassign", id, booth).with(csrf()).param("version", "1"),
                APPLICANT, 403);
    }
}
