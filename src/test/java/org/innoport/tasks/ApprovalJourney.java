package org.innoport.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innoport.tasks.FundingSource.COUNTERPART;
import static org.innoport.tasks.FundingSource.OTHER;
import static org.innoport.tasks.FundingSource.STATE_BUDGET;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innoport.directory.OrganisationView;
import org.innoport.directory.PersonView;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;
import org.innoport.tasks.TasksMother.Expert;
import tools.jackson.databind.JsonNode;

/**
 * Part 1's journey as a reusable fixture: round → proposal → identification council → listing → call → application
 * → selection council → appraisal (state 550 M + 350 M, counterpart 200 M, other 100 M) → LEADER approval. Also
 * runs any council (including ACCEPTANCE) through the evaluation API.
 */
final class ApprovalJourney {

    static final List<BudgetLine> APPROVED = TasksMother.lines(STATE_BUDGET, 2027, 550_000_000, STATE_BUDGET, 2028,
            350_000_000, COUNTERPART, 2027, 200_000_000, OTHER, 2028, 100_000_000);

    private final TasksHttp http;
    private final TasksMother mother;
    private final String officer;
    private final String leader;

    final List<Expert> experts = new ArrayList<>();
    OrganisationView host;
    String hostToken;
    PersonView pi;

    ApprovalJourney(TasksHttp http, TasksMother mother, String officer, String leader) {
        this.http = http;
        this.mother = mother;
        this.officer = officer;
        this.leader = leader;
    }

    /** Runs part 1 and returns the approved task's id. */
    String approvedTask() {
        host = mother.organisation("Viện Hải dương học thử");
        UserSummary applicant = mother.applicant(host.id());
        hostToken = http.tokenFor(applicant.username(), UserMother.PASSWORD);
        pi = mother.person("Trần Thị Hải", host.id(), null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String roundId = http.create("/api/v1/proposal-rounds", officer, Map.of("name", "Đợt đề xuất thử",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString()))
                .get("id").asString();
        String programmeId = http.get("/api/v1/programmes", null).get(2).get("id").asString();
        String proposalId = http.create("/api/v1/proposals", hostToken,
                TaskJourneyHttpTests.proposalBody(roundId, programmeId)).get("id").asString();
        http.post("/api/v1/proposals/" + proposalId + "/submit", hostToken, null);
        http.post("/api/v1/proposals/" + proposalId + "/mark-valid", officer, null);
        http.post("/api/v1/proposal-rounds/" + roundId + "/close", officer, null);
        OrganisationView neutral = mother.organisation("Viện nghiên cứu độc lập thử");
        for (int i = 0; i < 7; i++) {
            experts.add(mother.expert("Chuyên gia thử " + i, neutral.id()));
        }
        council("IDENTIFICATION", "proposal-round", roundId, experts.subList(0, 5), proposalId, "0.8", "0.9");
        String listingId = http.create("/api/v1/proposals/" + proposalId + "/list", leader,
                Map.of("selectionMode", "OPEN_SELECTION", "budgetCeiling", 1_500_000_000L)).get("id").asString();
        String callId = http.create("/api/v1/calls", officer, Map.of("title", "Thông báo tuyển chọn thử",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString(),
                "listingIds", List.of(listingId))).get("id").asString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", callId);
        body.put("listingId", listingId);
        body.put("piPersonId", pi.id());
        body.put("teamPersonIds", Set.of());
        body.put("content", "Thuyết minh nhiệm vụ thử");
        body.put("budgetLines", TasksMother.lines(STATE_BUDGET, 2027, 600_000_000, STATE_BUDGET, 2028,
                400_000_000, COUNTERPART, 2027, 200_000_000, OTHER, 2028, 100_000_000));
        String appId = http.create("/api/v1/applications", hostToken, body).get("id").asString();
        http.post("/api/v1/applications/" + appId + "/submit", hostToken, null);
        http.post("/api/v1/calls/" + callId + "/close", officer, null);
        http.post("/api/v1/applications/" + appId + "/open", officer, null);
        http.post("/api/v1/applications/" + appId + "/mark-valid", officer, null);
        council("SELECTION", "call", callId, experts, appId, "0.8", "0.9");
        http.post("/api/v1/applications/" + appId + "/appraise", officer, Map.of("lines", APPROVED));
        JsonNode task = http.create("/api/v1/applications/" + appId + "/approve", leader, null);
        assertThat(task.get("status").asString()).isEqualTo("APPROVED");
        return task.get("id").asString();
    }

    /**
     * Runs a council through the evaluation API: constituted with the reference template, members (chair, 2
     * reviewers, scientific secretary, members) declare, convene with everyone present, each scores the dossier at
     * the given fractions of the maximum (alternating) and signs, the officer closes.
     */
    JsonNode council(String type, String kind, String subjectId, List<Expert> members, String dossierId,
                     String evenFraction, String oddFraction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("name", "Hội đồng " + type.toLowerCase() + " thử " + UUID.randomUUID());
        body.put("decisionNumber", "123/QĐ-SKHCN");
        body.put("decisionDate", "2026-11-20");
        body.put("subject", Map.of("kind", kind, "id", subjectId));
        JsonNode council = http.create("/api/v1/councils", officer, body);
        String id = council.get("id").asString();
        assertThat(council.get("dossiers")).extracting(d -> d.get("id").asString()).containsExactly(dossierId);
        List<String> roles = List.of("CHAIR", "REVIEWER", "REVIEWER", "SCIENTIFIC_SECRETARY", "MEMBER", "MEMBER",
                "MEMBER", "MEMBER", "MEMBER");
        List<String> memberIds = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Expert expert = members.get(i);
            council = http.create("/api/v1/councils/" + id + "/members", officer,
                    Map.of("personId", expert.personId(), "role", roles.get(i)));
            council.get("members").forEach(member -> {
                if (member.get("personId").asString().equals(expert.personId().toString())) {
                    memberIds.add(member.get("id").asString());
                }
            });
        }
        Map<Expert, String> tokens = new HashMap<>();
        for (Expert expert : members) {
            tokens.put(expert, http.tokenFor(expert.username(), UserMother.PASSWORD));
            http.post("/api/v1/councils/" + id + "/declarations", tokens.get(expert), Map.of("conflict", false));
        }
        council = http.post("/api/v1/councils/" + id + "/convene", officer, Map.of("present", memberIds));
        JsonNode criteria = council.get("criteria");
        int n = 0;
        for (Expert expert : members) {
            BigDecimal fraction = new BigDecimal(n++ % 2 == 0 ? evenFraction : oddFraction);
            Map<String, Object> scores = new LinkedHashMap<>();
            criteria.forEach(criterion -> scores.put(criterion.get("code").asString(),
                    fraction.multiply(BigDecimal.valueOf(criterion.get("maxPoints").asInt()))));
            http.expect(200, "PUT", "/api/v1/councils/" + id + "/sheets/" + dossierId, tokens.get(expert),
                    Map.of("scores", scores, "comment", "Nhận xét số " + n));
            http.post("/api/v1/councils/" + id + "/sheets/" + dossierId + "/sign", tokens.get(expert), null);
        }
        return http.post("/api/v1/councils/" + id + "/close", officer, null);
    }
}
