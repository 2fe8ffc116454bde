package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.innoport.support.JsonApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Matching through the HTTP API: a request's offers come back ranked, each with its score and reasons. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ListingMatchingHttpTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor APPLICANT = user("applicant").roles("APPLICANT");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    final JsonApi api = new JsonApi(() -> mvc, () -> json);

    String publish(ListingDetails details) throws Exception {
        JsonNode created = api.call(post("/api/v1/listings"), APPLICANT, details, 201);
        String id = created.get("id").asString();
        api.call(post("/api/v1/listings/{id}/submit", id), APPLICANT, null, 200);
        JsonNode approved = api.call(post("/api/v1/listings/{id}/approve", id), OFFICER, null, 200);
        assertThat(approved.get("status").asString()).isEqualTo("PUBLISHED");
        return id;
    }

    static ListingDetails equipment(ListingKind kind, String title, String summary, String field, int trl) {
        return ExchangeMother.details(kind, ListingCategory.EQUIPMENT, title, summary, field, trl);
    }

    @Test
    void aRequestGetsTheRelevantOfferFirstThenTheSameFieldOneThenTheUnrelatedOneWithReasons() throws Exception {
        String request = publish(equipment(ListingKind.REQUEST, "Cần máy phân loại tôm tự động theo kích cỡ",
                "Hợp tác xã cần máy phân loại tôm thẻ chân trắng theo kích cỡ, công suất 2 tấn/giờ", "405", 6));
        String relevant = publish(equipment(ListingKind.OFFER, "Máy phân loại tôm theo kích cỡ bằng con lăn",
                "Máy phân loại tôm thẻ chân trắng 5 cỡ, công suất 3 tấn/giờ, inox 304", "405", 7));
        String sameField = publish(equipment(ListingKind.OFFER, "Lồng nuôi cá biển bằng nhựa HDPE",
                "Lồng tròn HDPE chịu sóng cấp 10 cho nuôi cá giò, cá song", "405", 8));
        String unrelated = publish(equipment(ListingKind.OFFER, "Bộ kit xét nghiệm nhanh cúm A",
                "Kit sắc ký miễn dịch phát hiện kháng nguyên cúm A trong 15 phút", "302", 8));

        JsonNode matches = api.call(get("/api/v1/listings/{id}/matches", request).param("limit", "100"), APPLICANT, null, 200);
        List<String> ids = new ArrayList<>();
        matches.forEach(match -> ids.add(match.at("/listing/id").asString()));
        assertThat(ids).contains(relevant, sameField, unrelated);
        assertThat(ids.indexOf(relevant)).isLessThan(ids.indexOf(sameField));
        assertThat(ids.indexOf(sameField)).isLessThan(ids.indexOf(unrelated));
        assertThat(ids).doesNotContain(request);

        JsonNode best = matches.get(ids.indexOf(relevant));
        assertThat(best.get("score").asDouble()).isGreaterThan(matches.get(ids.indexOf(sameField)).get("score").asDouble());
        assertThat(reason(best, "shared-terms")).isNotNull();
        assertThat(values(reason(best, "shared-terms"))).contains("phân loại");
        assertThat(values(reason(best, "same-field"))).containsExactly("405");
        assertThat(values(reason(best, "trl-fit"))).containsExactly("6", "7");
        JsonNode second = matches.get(ids.indexOf(sameField));
        assertThat(reason(second, "shared-terms")).isNull();
        assertThat(reason(second, "same-field")).isNotNull();
        assertThat(reason(matches.get(ids.indexOf(unrelated)), "same-field")).isNull();
        assertThat(best.at("/components/lexical").asDouble()).isGreaterThan(0);
    }

    @Test
    void anOfferGetsItsRequestsAndAnonymousVisitorsSeeMatchesWithoutContactDetails() throws Exception {
        String offer = publish(equipment(ListingKind.OFFER, "Thiết bị đo độ mặn nước ao nuôi",
                "Cảm biến đo độ mặn và oxy hòa tan cho ao nuôi tôm, gửi dữ liệu qua 4G", "405", 7));
        String wanted = publish(equipment(ListingKind.REQUEST, "Cần thiết bị đo độ mặn và oxy ao tôm",
                "Trang trại cần cảm biến đo độ mặn, oxy hòa tan tự động", "405", 6));
        String response = mvc.perform(get("/api/v1/listings/{id}/matches", offer).param("limit", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode matches = json.readTree(response);
        assertThat(matches.get(0).at("/listing/id").asString()).isEqualTo(wanted);
        assertThat(matches.get(0).at("/listing/contact").isNull()).isTrue();
        assertThat(values(reason(matches.get(0), "shared-terms"))).contains("độ mặn");
    }

    @Test
    void aRareWordLateInALongRequestStillFindsTheOfferThatSharesIt() throws Exception {
        String token = ExchangeMother.token();
        String request = publish(equipment(ListingKind.REQUEST, "Cần máy sấy lúa và hệ thống xử lý nước thải",
                "Hợp tác xã nông nghiệp cần máy sấy lúa, máy phân loại tôm, hệ thống xử lý nước thải, thiết bị đo "
                        + "độ mặn, lò đốt trấu, dây chuyền đóng gói chân không và vật liệu " + token, "401", 6));
        String sharing = publish(equipment(ListingKind.OFFER, "Vật liệu " + token + " cho nhà xưởng",
                "Cung cấp vật liệu " + token + " đạt chuẩn", "302", 6));
        JsonNode matches = api.call(get("/api/v1/listings/{id}/matches", request).param("limit", "5"), APPLICANT, null, 200);
        List<String> ids = new ArrayList<>();
        matches.forEach(match -> ids.add(match.at("/listing/id").asString()));
        assertThat(ids).contains(sharing);
        assertThat(values(reason(matches.get(ids.indexOf(sharing)), "shared-terms")))
                .anySatisfy(term -> assertThat(term).contains(token));
    }

    static JsonNode reason(JsonNode match, String type) {
        for (JsonNode reason : match.get("reasons")) {
            if (reason.get("type").asString().equals(type)) {
                return reason;
            }
        }
        return null;
    }

    static List<String> values(JsonNode reason) {
        List<String> values = new ArrayList<>();
        if (reason != null) {
            reason.get("values").forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
