package org.innoport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The acceptance cases of the exchange's Vietnamese search (issue 8), through the public API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ListingSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Listings listings;

    @Autowired
    ListingSearch listingSearch;

    UUID publish(ListingDetails details) {
        ListingView created = listings.create(details);
        listings.submit(created.id(), created.version());
        return listings.approve(created.id(), null).id();
    }

    JsonNode search(String q, String... more) throws Exception {
        var request = get("/api/v1/listings").param("q", q);
        for (int i = 0; i < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static List<String> titles(JsonNode result) {
        List<String> titles = new ArrayList<>();
        result.get("items").forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void queryWithoutDiacriticsFindsTheRiceDryer() throws Exception {
        String token = ExchangeMother.token();
        publish(ExchangeMother.offer("Máy sấy lúa tuần hoàn 10 tấn/mẻ " + token,
                "Máy sấy lúa dùng đầu đốt trấu, độ ẩm đồng đều", "401"));
        assertThat(titles(search("may say lua " + token))).contains("Máy sấy lúa tuần hoàn 10 tấn/mẻ " + token);
        assertThat(titles(search("may say lua"))).contains("Máy sấy lúa tuần hoàn 10 tấn/mẻ " + token);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void queryWithoutDiacriticsFindsWastewaterTreatment() throws Exception {
        String token = ExchangeMother.token();
        publish(ExchangeMother.offer("Công nghệ xử lý nước thải chế biến thủy sản " + token,
                "Xử lý nước thải bằng bể sinh học hiếu khí kết hợp màng lọc", "207"));
        assertThat(titles(search("xu ly nuoc thai"))).contains("Công nghệ xử lý nước thải chế biến thủy sản " + token);
        assertThat(titles(search("xử lý nước thải " + token))).first()
                .isEqualTo("Công nghệ xử lý nước thải chế biến thủy sản " + token);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void bothTonePlacementsFindTheSameListings() throws Exception {
        String token = ExchangeMother.token();
        publish(ExchangeMother.offer("Chế phẩm hòa tan phân bón lá " + token, "Chế phẩm vi sinh hoà tan nhanh", "406"));
        publish(ExchangeMother.offer("Thiết bị điều hoà nhiệt độ tàu cá " + token, "Điều hòa cho hầm bảo quản", "203"));
        List<String> oldStyle = titles(search("hoà " + token));
        assertThat(oldStyle).hasSize(2).isEqualTo(titles(search("hòa " + token)));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void exactDiacriticMatchRanksAboveAFoldedOnlyMatch() throws Exception {
        String token = ExchangeMother.token();
        // "sậy" (reed) folds to the same "say" as "sấy" (to dry); the query asks for drying
        publish(ExchangeMother.offer("Cây sậy làm vật liệu lọc " + token, "Thân cây sậy làm giá thể lọc sinh học", "207"));
        publish(ExchangeMother.offer("Lò sấy nông sản " + token, "Lò sấy dùng năng lượng mặt trời", "401"));
        assertThat(titles(search("sấy " + token))).containsExactly("Lò sấy nông sản " + token,
                "Cây sậy làm vật liệu lọc " + token);
        assertThat(titles(search("sậy " + token))).containsExactly("Cây sậy làm vật liệu lọc " + token,
                "Lò sấy nông sản " + token);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void filtersAndFacetsCountTheWholeResult() throws Exception {
        String token = ExchangeMother.token();
        publish(ExchangeMother.offer("Giàn phơi cá " + token, "Giàn phơi cá bằng inox", "405"));
        publish(ExchangeMother.request("Cần giàn phơi mực " + token, "Giàn phơi mực cho hộ ngư dân", "405"));
        JsonNode all = search(token);
        assertThat(all.get("totalElements").asLong()).isEqualTo(2);
        assertThat(all.get("exact").asBoolean()).isTrue();
        assertThat(all.get("facetsApproximate").asBoolean()).isFalse();
        assertThat(all.at("/facets/kind/OFFER").asLong()).isEqualTo(1);
        assertThat(all.at("/facets/kind/REQUEST").asLong()).isEqualTo(1);
        assertThat(all.at("/facets/field/405").asLong()).isEqualTo(2);
        assertThat(titles(search(token, "kind", "REQUEST"))).containsExactly("Cần giàn phơi mực " + token);
        assertThat(titles(search(token, "trlMin", "6"))).containsExactly("Giàn phơi cá " + token);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void facetsAreCountedOnTheFirstPageOrWhenAskedForAndSkippedOtherwise() throws Exception {
        String token = ExchangeMother.token();
        publish(ExchangeMother.offer("Máy ép viên " + token, "Máy ép viên mùn cưa", "203"));
        publish(ExchangeMother.offer("Máy ép dầu " + token, "Máy ép dầu lạc", "203"));
        assertThat(search(token, "size", "1").at("/facets/field/203").asLong()).isEqualTo(2);
        JsonNode second = search(token, "size", "1", "page", "1");
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("facets").isEmpty()).isTrue();
        assertThat(search(token, "size", "1", "page", "1", "facets", "true").at("/facets/field/203").asLong())
                .isEqualTo(2);
        JsonNode without = search(token, "facets", "false");
        assertThat(without.get("totalElements").asLong()).isEqualTo(2);
        assertThat(without.get("facets").isEmpty()).isTrue();
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void draftsAreNotFoundAndContactDetailsNeedSigningIn() throws Exception {
        String token = ExchangeMother.token();
        listings.create(ExchangeMother.offer("Bản nháp máy nghiền " + token, "Chưa gửi duyệt", "203"));
        UUID published = publish(ExchangeMother.offer("Máy nghiền vỏ sò " + token, "Nghiền vỏ sò làm phân bón", "203"));
        assertThat(listings.get(published).contact().email()).isEqualTo("binh@example.vn");
        JsonNode result = search(token);
        assertThat(titles(result)).containsExactly("Máy nghiền vỏ sò " + token);
        String anonymous = mvc.perform(get("/api/v1/listings/{id}", published)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(anonymous).get("contact").isNull()).isTrue();
        assertThat(json.readTree(anonymous).get("title").asString()).isEqualTo("Máy nghiền vỏ sò " + token);
    }

    @Test
    void demoListingsArePublishedAndLabelledAsSampleData() throws Exception {
        JsonNode result = search("may say lua", "kind", "OFFER");
        assertThat(titles(result)).contains("Máy sấy lúa tuần hoàn 10 tấn/mẻ (Dữ liệu mẫu)");
        result.get("items").forEach(item -> {
            if (item.get("title").asString().contains("(Dữ liệu mẫu)")) {
                assertThat(item.get("sample").asBoolean()).isTrue();
            }
        });
        assertThat(search("Dữ liệu mẫu").at("/facets/category").size()).isEqualTo(4);
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void theTwoStepRankingGivesThePageOfScoringEveryHit() throws Exception {
        String token = ExchangeMother.token();
        // words chosen apart from the other tests' listings (the database is shared): "cá" (fish) and "cà" (eggplant,
        // tomato) fold to the same "ca"
        String[] titles = {"Thiết bị làm lạnh cá tươi", "Nhà màng trồng cà chua", "Kho lạnh bảo quản cá biển",
                "Giống cà tím chịu nhiệt", "Máy ướp đá cá ngừ", "Phần mềm quản lý vườn cà phê"};
        for (int i = 0; i < 24; i++) {
            String title = titles[i % titles.length] + " " + token + " " + i;
            publish(ExchangeMother.offer(title, i % 3 == 0 ? "Bảo quản cá tươi lâu hơn" : "Canh tác cà chua trong nhà màng",
                    i % 2 == 0 ? "209" : "303"));
        }
        int ranked = 0;
        for (String q : List.of("cá " + token, "ca " + token, "cà " + token, "bao quan ca " + token,
                token + " cà chua")) {
            for (int page = 0; page < 2; page++) {
                var full = listingSearch.search(ListingQuery.text(q), page, 5, false, ListingSearch.Ranking.FULL);
                var auto = listingSearch.search(ListingQuery.text(q), page, 5, true, ListingSearch.Ranking.TWO_STEP);
                List<UUID> fullPage = full.items().stream().map(ListingView::id).toList();
                assertThat(auto.items().stream().map(ListingView::id).toList()).as(q).isEqualTo(fullPage);
                List<UUID> twoStep = listingSearch.twoStepPage(ListingQuery.text(q), page, 5);
                if (twoStep != null) {
                    assertThat(twoStep).as(q).isEqualTo(fullPage);
                    ranked++;
                }
            }
        }
        // the two-step ranking could tell the exact page of most of them (the check above is not vacuous)
        assertThat(ranked).isGreaterThanOrEqualTo(5);
    }
}
