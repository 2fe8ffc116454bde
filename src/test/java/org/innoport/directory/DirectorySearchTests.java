package org.innoport.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The acceptance cases of Vietnamese search (issue 3). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DirectorySearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Organisations organisations;

    JsonNode search(String q, String... more) throws Exception {
        var request = get("/api/v1/search").param("q", q);
        for (int i = 0; i < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    static List<String> names(JsonNode result) {
        List<String> names = new ArrayList<>();
        result.get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    @Test
    void foldedQueryFindsTheMaritimeUniversityFirst() throws Exception {
        assertThat(names(search("truong dai hoc hang hai"))).first().isEqualTo("Trường Đại học Hàng hải Việt Nam");
        assertThat(names(search("Trường Đại học Hàng hải"))).first().isEqualTo("Trường Đại học Hàng hải Việt Nam");
    }

    @Test
    void foldedQueryFindsTheFisheriesInstitute() throws Exception {
        assertThat(names(search("vien nghien cuu hai san"))).first().isEqualTo("Viện Nghiên cứu hải sản");
    }

    @Test
    void abbreviatedQueryFindsTheFullName() throws Exception {
        assertThat(names(search("DH Hang hai VN"))).contains("Trường Đại học Hàng hải Việt Nam");
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void oldAndNewTonePlacementFindTheSameRecords() throws Exception {
        String token = DirectoryMother.token();
        organisations.create(DirectoryMother.organisation("Hợp tác xã Hòa An " + token), true);
        organisations.create(DirectoryMother.organisation("Trung tâm Thuỷ sản Khoẻ " + token), true);
        assertThat(names(search("hoà " + token))).isEqualTo(names(search("hòa " + token)))
                .contains("Hợp tác xã Hòa An " + token);
        assertThat(names(search("thủy khỏe " + token))).isEqualTo(names(search("thuỷ khoẻ " + token)))
                .contains("Trung tâm Thuỷ sản Khoẻ " + token);
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void namesSortInVietnameseCollation() throws Exception {
        String token = DirectoryMother.token();
        for (String name : List.of("Đà Nẵng", "Dương", "Ấn", "Da", "An", "Ăn")) {
            organisations.create(DirectoryMother.organisation(token + " " + name), true);
        }
        List<String> expected = List.of("An", "Ăn", "Ấn", "Da", "Dương", "Đà Nẵng").stream().map(n -> token + " " + n).toList();
        assertThat(names(search(token, "sort", "name"))).containsExactlyElementsOf(expected);
        JsonNode list = json.readTree(mvc.perform(get("/api/v1/organisations").param("q", token).param("sort", "name"))
                .andReturn().getResponse().getContentAsString());
        assertThat(names(list)).containsExactlyElementsOf(expected);
        var page = organisations.list(new Queries.OrganisationQuery(token, null, null, null, null, null),
                PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "name")));
        assertThat(page.getContent().stream().map(OrganisationView::name).toList())
                .containsExactlyElementsOf(expected.reversed());
    }

    @Test
    void anonymousSearchCoversOrganisationsAndLabsOnlyWithFacets() throws Exception {
        JsonNode result = search("");
        assertThat(result.get("kinds").propertyNames()).containsAnyOf("ORGANISATION", "LAB").doesNotContain("PERSON");
        assertThat(result.get("fields").size()).isPositive();
        assertThat(search("nguyen van an", "type", "PERSON").get("items").size()).isZero();
    }

    @Test
    void signedInSearchFindsPeopleWithoutTheirContactData() throws Exception {
        String body = mvc.perform(get("/api/v1/search").param("q", "nguyen van an").with(user("applicant").roles("APPLICANT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Nguyễn Văn An"))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("@mau.invalid").doesNotContain("0900");
    }

    @Test
    void oddQueriesDoNotFail() throws Exception {
        for (String q : List.of("&", "   ", "\"(*", "Đ", "a-b/c", "x".repeat(300))) {
            assertThat(search(q).get("items").isArray()).isTrue();
            mvc.perform(get("/api/v1/organisations").param("q", q)).andExpect(status().isOk());
        }
    }

    @Test
    void searchFiltersByField() throws Exception {
        assertThat(names(search("vien nghien cuu hai san", "field", "405"))).contains("Viện Nghiên cứu hải sản");
        assertThat(names(search("vien y hoc bien"))).contains("Viện Y học biển Việt Nam");
        assertThat(names(search("vien y hoc bien", "field", "405"))).doesNotContain("Viện Y học biển Việt Nam");
    }
}
