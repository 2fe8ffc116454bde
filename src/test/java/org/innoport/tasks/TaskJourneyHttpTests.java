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
import org.innoport.directory.Organisations;
import org.innoport.directory.People;
import org.innoport.directory.PersonView;
import org.innoport.evaluation.CouncilSubject;
import org.innoport.evaluation.Dossier;
import org.innoport.evaluation.DossierSource;
import org.innoport.identity.Accounts;
import org.innoport.identity.UserMother;
import org.innoport.identity.UserSummary;
import org.innoport.tasks.TasksMother.Expert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The whole journey of issue 4 over real HTTP with tokens of different roles: round → proposal → identification
 * council → listing → call → 3 applications from 3 organisations (one withdrawn, one invalid) → selection council
 * with 7 members (one blocked by conflict of interest) → selection → appraisal → approval → task, and the audit trail
 * of every step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TaskJourneyHttpTests {

    @LocalServerPort
    int port;
    @Autowired
    Organisations organisations;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    List<DossierSource> dossierSources;

    TasksHttp http;
    TasksMother mother;
    String officer;
    String leader;
    String admin;

    @BeforeEach
    void setUp() {
        http = new TasksHttp(port);
        mother = new TasksMother(organisations, people, accounts);
        officer = http.tokenFor("officer", TasksHttp.DEMO_PASSWORD);
        leader = http.tokenFor("leader", TasksHttp.DEMO_PASSWORD);
        admin = http.tokenFor("admin", TasksHttp.DEMO_PASSWORD);
    }

    @Test
    void aProposalBecomesAnApprovedTaskWithItsBudgetAndEveryStepIsAudited() {
        OrganisationView hostA = mother.organisation("Viện Hải dương học thử");
        OrganisationView hostB = mother.organisation("Trường Đại học thử");
        OrganisationView hostC = mother.organisation("Công ty Cổ phần thử");
        UserSummary applicantA = mother.applicant(hostA.id());
        UserSummary applicantB = mother.applicant(hostB.id());
        UserSummary applicantC = mother.applicant(hostC.id());
        String tokenA = http.tokenFor(applicantA.username(), UserMother.PASSWORD);
        String tokenB = http.tokenFor(applicantB.username(), UserMother.PASSWORD);
        String tokenC = http.tokenFor(applicantC.username(), UserMother.PASSWORD);
        PersonView piA = mother.person("Trần Thị Hải", hostA.id(), null);
        PersonView memberA = mother.person("Lê Văn Biển", hostA.id(), null);
        PersonView piB = mother.person("Phạm Minh Đức", hostB.id(), null);
        PersonView piC = mother.person("Vũ Thu Hà", hostC.id(), null);

        // 1. Identification: a round, a proposal, screening, the council, the LEADER's listing decision.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode round = http.create("/api/v1/proposal-rounds", officer, Map.of("name", "Đợt đề xuất thử 2027",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString()));
        String roundId = round.get("id").asString();
        JsonNode programme = http.get("/api/v1/programmes", null).get(2);
        String programmeId = programme.get("id").asString();
        JsonNode proposal = http.create("/api/v1/proposals", tokenA, proposalBody(roundId, programmeId));
        String proposalId = proposal.get("id").asString();
        assertThat(proposal.get("status").asString()).isEqualTo("DRAFT");
        http.post("/api/v1/proposals/" + proposalId + "/submit", tokenA, null);
        assertThat(http.post("/api/v1/proposals/" + proposalId + "/mark-valid", officer, null).get("status").asString())
                .isEqualTo("VALID");
        http.post("/api/v1/proposal-rounds/" + roundId + "/close", officer, null);

        List<Dossier> proposals = dossiers(new CouncilSubject("proposal-round", UUID.fromString(roundId)));
        assertThat(proposals).extracting(Dossier::id).containsExactly(UUID.fromString(proposalId));
        OrganisationView neutral = mother.organisation("Viện nghiên cứu độc lập thử");
        List<Expert> experts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            experts.add(mother.expert("Chuyên gia thử " + i, neutral.id()));
        }
        council("IDENTIFICATION", "proposal-round", roundId, experts.subList(0, 5), null, proposalId);
        assertThat(http.get("/api/v1/proposals/" + proposalId, tokenA).get("status").asString())
                .isEqualTo("RECOMMENDED");

        JsonNode listing = http.create("/api/v1/proposals/" + proposalId + "/list", leader,
                Map.of("selectionMode", "OPEN_SELECTION", "budgetCeiling", 1_500_000_000L));
        String listingId = listing.get("id").asString();
        assertThat(listing.get("status").asString()).isEqualTo("LISTED");

        // 2. Selection: a call, three applications from three organisations.
        JsonNode call = http.create("/api/v1/calls", officer, Map.of("title", "Thông báo tuyển chọn thử 2027",
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plusSeconds(3600).toString(),
                "listingIds", List.of(listingId)));
        String callId = call.get("id").asString();
        assertThat(call.get("phase").asString()).isEqualTo("OPEN");

        String appA = application(tokenA, callId, listingId, piA.id(), Set.of(memberA.id()),
                TasksMother.lines(STATE_BUDGET, 2027, 600_000_000, STATE_BUDGET, 2028, 400_000_000,
                        COUNTERPART, 2027, 200_000_000, OTHER, 2028, 100_000_000));
        String appB = application(tokenB, callId, listingId, piB.id(), Set.of(),
                TasksMother.lines(STATE_BUDGET, 2027, 900_000_000));
        String appC = application(tokenC, callId, listingId, piC.id(), Set.of(),
                TasksMother.lines(STATE_BUDGET, 2027, 800_000_000, COUNTERPART, 2027, 300_000_000));
        JsonNode submittedA = http.get("/api/v1/applications/" + appA, tokenA);
        assertThat(submittedA.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submittedA.get("budgetTotals").get("total").asLong()).isEqualTo(1_300_000_000L);

        http.post("/api/v1/applications/" + appB + "/withdraw", tokenB, null);
        http.post("/api/v1/calls/" + callId + "/close", officer, null);

        http.conflict("POST", "/api/v1/applications/" + appB + "/open", officer, null, "state.illegal-transition");
        http.post("/api/v1/applications/" + appA + "/open", officer, null);
        http.post("/api/v1/applications/" + appC + "/open", officer, null);
        http.post("/api/v1/applications/" + appA + "/mark-valid", officer, null);
        assertThat(http.post("/api/v1/applications/" + appC + "/mark-invalid", officer,
                Map.of("reasons", "Thiếu xác nhận của tổ chức chủ trì")).get("status").asString())
                .isEqualTo("INVALID");

        // 3. The selection council (7 members, one from host A, blocked from A's dossier).
        Expert conflicted = mother.expert("Chuyên gia cùng đơn vị", hostA.id());
        List<Expert> members = new ArrayList<>(experts);
        members.add(conflicted);
        List<Dossier> applications = dossiers(new CouncilSubject("call", UUID.fromString(callId)));
        assertThat(applications).singleElement().satisfies(dossier -> {
            assertThat(dossier.id()).isEqualTo(UUID.fromString(appA));
            assertThat(dossier.groupId()).isEqualTo(UUID.fromString(listingId));
            assertThat(dossier.hostOrganisationId()).isEqualTo(hostA.id());
            assertThat(dossier.teamPersonIds()).containsExactlyInAnyOrder(piA.id(), memberA.id());
        });
        JsonNode selectionCouncil = council("SELECTION", "call", callId, members, conflicted, appA);
        JsonNode selected = http.get("/api/v1/applications/" + appA, tokenA);
        assertThat(selected.get("status").asString()).isEqualTo("SELECTED");
        assertThat(selected.get("rankInGroup").asInt()).isEqualTo(1);
        assertThat(selected.get("score").decimalValue()).isBetween(new BigDecimal("80.00"), new BigDecimal("90.00"));

        // The applicant reads aggregated scores and comments, never member names.
        JsonNode feedback = http.get("/api/v1/applications/" + appA + "/feedback", tokenA);
        assertThat(feedback.get("passed").asBoolean()).isTrue();
        assertThat(feedback.get("comments").size()).isEqualTo(6);
        String feedbackText = feedback.toString();
        selectionCouncil.get("members").forEach(member ->
                assertThat(feedbackText).doesNotContain(member.get("name").asString()));
        assertThat(feedbackText).doesNotContain("memberId").doesNotContain("memberName");
        assertThat(http.call("GET", "/api/v1/applications/" + appA + "/feedback", tokenB, null).statusCode())
                .isEqualTo(404);

        // 4. Appraisal (above the ceiling is refused and changes nothing) and approval.
        List<BudgetLine> tooMuch = TasksMother.lines(STATE_BUDGET, 2027, 1_000_000_000, COUNTERPART, 2027,
                600_000_000);
        http.conflict("POST", "/api/v1/applications/" + appA + "/appraise", officer, Map.of("lines", tooMuch),
                "state.illegal-transition");
        JsonNode unchanged = http.get("/api/v1/applications/" + appA, officer);
        assertThat(unchanged.get("status").asString()).isEqualTo("SELECTED");
        assertThat(unchanged.get("approvedBudget").size()).isZero();

        List<BudgetLine> approvedLines = TasksMother.lines(STATE_BUDGET, 2027, 550_000_000, STATE_BUDGET, 2028,
                350_000_000, COUNTERPART, 2027, 200_000_000, OTHER, 2028, 100_000_000);
        JsonNode appraised = http.post("/api/v1/applications/" + appA + "/appraise", officer,
                Map.of("lines", approvedLines, "version", unchanged.get("version").asLong()));
        assertThat(appraised.get("status").asString()).isEqualTo("APPRAISED");
        assertThat(appraised.get("approvedTotals").get("total").asLong()).isEqualTo(1_200_000_000L);

        JsonNode task = http.create("/api/v1/applications/" + appA + "/approve", leader, null);
        String taskId = task.get("id").asString();

        // 5. The task exists with the approved budget per source and year.
        JsonNode stored = http.get("/api/v1/tasks/" + taskId, officer);
        assertThat(stored.get("code").asString()).matches("NV\\.\\d{4}\\.\\d{4}");
        assertThat(stored.get("level").asString()).isEqualTo("CITY");
        assertThat(stored.get("status").asString()).isEqualTo("APPROVED");
        assertThat(stored.get("hostOrganisationId").asString()).isEqualTo(hostA.id().toString());
        assertThat(stored.get("piPersonId").asString()).isEqualTo(piA.id().toString());
        assertThat(stored.get("programmeId").asString()).isEqualTo(programmeId);
        Map<String, Long> budget = new HashMap<>();
        stored.get("approvedBudget").forEach(line -> budget.put(line.get("source").asString() + "/"
                + line.get("fiscalYear").asInt(), line.get("amount").asLong()));
        assertThat(budget).containsExactlyInAnyOrderEntriesOf(Map.of("STATE_BUDGET/2027", 550_000_000L,
                "STATE_BUDGET/2028", 350_000_000L, "COUNTERPART/2027", 200_000_000L, "OTHER/2028", 100_000_000L));
        assertThat(stored.get("budgetTotals").get("bySource").get("STATE_BUDGET").asLong()).isEqualTo(900_000_000L);
        assertThat(http.get("/api/v1/task-listings/" + listingId, officer).get("status").asString())
                .isEqualTo("AWARDED");

        // 6. The audit trail shows every step.
        assertThat(auditActions("ProposalRound", roundId)).contains("proposal-round.opened", "proposal-round.closed");
        assertThat(auditActions("Proposal", proposalId)).contains("proposal.created", "proposal.submitted",
                "proposal.screened-valid", "proposal.recommended", "proposal.listed");
        assertThat(auditActions("TaskListing", listingId)).contains("listing.approved", "listing.put-in-call",
                "listing.awarded");
        assertThat(auditActions("Call", callId)).contains("call.opened", "call.closed");
        assertThat(auditActions("Application", appA)).contains("application.created", "application.submitted",
                "application.opened", "application.marked-valid", "application.selected", "application.appraised",
                "application.approved");
        assertThat(auditActions("Application", appB)).contains("application.submitted", "application.withdrawn");
        assertThat(auditActions("Application", appC)).contains("application.opened", "application.marked-invalid");
        assertThat(auditActions("Task", taskId)).containsExactly("task.approved");
        assertThat(auditActions("Council", selectionCouncil.get("id").asString())).contains("council.created",
                "council.member-added", "council.declared", "council.convened", "council.closed");

        // 7. Who sees what: B cannot read A's application; officers see all.
        assertThat(http.call("GET", "/api/v1/applications/" + appA, tokenB, null).statusCode()).isEqualTo(404);
        JsonNode ownOnly = http.get("/api/v1/applications?callId=" + callId, tokenB);
        assertThat(ownOnly.get("items")).extracting(item -> item.get("id").asString()).containsExactly(appB);
        assertThat(http.get("/api/v1/applications?callId=" + callId, officer).get("totalElements").asLong())
                .isEqualTo(3);
    }

    private String application(String token, String callId, String listingId, UUID pi, Set<UUID> team,
                               List<BudgetLine> lines) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", callId);
        body.put("listingId", listingId);
        body.put("piPersonId", pi);
        body.put("teamPersonIds", team);
        body.put("content", "Thuyết minh nhiệm vụ: nuôi trồng thủy sản bền vững ở Cát Bà");
        body.put("budgetLines", lines);
        String id = http.create("/api/v1/applications", token, body).get("id").asString();
        http.post("/api/v1/applications/" + id + "/submit", token, null);
        return id;
    }

    static Map<String, Object> proposalBody(String roundId, String programmeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roundId", roundId);
        body.put("title", "Nghiên cứu giống hàu Thái Bình Dương cho vùng biển Cát Bà");
        body.put("type", "RESEARCH_TOPIC");
        body.put("level", "CITY");
        body.put("programmeId", programmeId);
        body.put("problem", "Năng suất nuôi hàu thấp do giống kém chất lượng");
        body.put("objectives", "Chọn tạo giống hàu sinh trưởng nhanh");
        body.put("expectedResults", "Quy trình sản xuất giống; 2 bài báo");
        body.put("estimatedBudget", 1_500_000_000L);
        body.put("durationMonths", 24);
        return body;
    }

    private List<Dossier> dossiers(CouncilSubject subject) {
        return dossierSources.stream().filter(source -> source.supports(subject.kind())).findFirst().orElseThrow()
                .dossiers(subject);
    }

    /**
     * Runs a council through the evaluation API: officer constitutes it with the reference template, adds members
     * (chair, 2 reviewers, scientific secretary, members), each member declares, the officer convenes with everyone
     * present, every member not blocked scores and signs, the officer closes.
     */
    private JsonNode council(String type, String kind, String subjectId, List<Expert> members, Expert conflicted,
                             String dossierId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("name", "Hội đồng tư vấn " + type.toLowerCase() + " thử " + UUID.randomUUID());
        body.put("decisionNumber", "123/QĐ-SKHCN");
        body.put("decisionDate", "2026-11-20");
        body.put("subject", Map.of("kind", kind, "id", subjectId));
        JsonNode council = http.create("/api/v1/councils", officer, body);
        String id = council.get("id").asString();
        assertThat(council.get("dossiers")).extracting(d -> d.get("id").asString()).containsExactly(dossierId);
        List<String> roles = List.of("CHAIR", "REVIEWER", "REVIEWER", "SCIENTIFIC_SECRETARY", "MEMBER", "MEMBER",
                "MEMBER", "MEMBER", "MEMBER");
        Map<Expert, String> memberIds = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Expert expert = members.get(i);
            String role = expert.equals(conflicted) ? "MEMBER" : roles.get(i);
            council = http.create("/api/v1/councils/" + id + "/members", officer,
                    Map.of("personId", expert.personId(), "role", role));
            council.get("members").forEach(member -> {
                if (member.get("personId").asString().equals(expert.personId().toString())) {
                    memberIds.put(expert, member.get("id").asString());
                }
            });
        }
        Map<Expert, String> tokens = new HashMap<>();
        for (Expert expert : members) {
            tokens.put(expert, http.tokenFor(expert.username(), UserMother.PASSWORD));
            Map<String, Object> declaration = new HashMap<>();
            declaration.put("conflict", false);
            http.post("/api/v1/councils/" + id + "/declarations", tokens.get(expert), declaration);
        }
        council = http.post("/api/v1/councils/" + id + "/convene", officer,
                Map.of("present", List.copyOf(memberIds.values())));
        if (conflicted != null) {
            assertThat(council.get("blocks")).anySatisfy(block -> {
                assertThat(block.get("memberId").asString()).isEqualTo(memberIds.get(conflicted));
                assertThat(block.get("dossierId").asString()).isEqualTo(dossierId);
                assertThat(block.get("reason").asString()).isEqualTo("AFFILIATION");
            });
            http.conflict("PUT", "/api/v1/councils/" + id + "/sheets/" + dossierId, tokens.get(conflicted),
                    Map.of("scores", Map.of(), "comment", "x"), "council.member-conflicted");
        }
        JsonNode criteria = council.get("criteria");
        int n = 0;
        for (Expert expert : members) {
            if (expert.equals(conflicted)) {
                continue;
            }
            BigDecimal fraction = n++ % 2 == 0 ? new BigDecimal("0.8") : new BigDecimal("0.9");
            Map<String, Object> scores = new LinkedHashMap<>();
            criteria.forEach(criterion -> scores.put(criterion.get("code").asString(),
                    fraction.multiply(BigDecimal.valueOf(criterion.get("maxPoints").asInt()))));
            Map<String, Object> sheet = new HashMap<>();
            sheet.put("scores", scores);
            sheet.put("comment", "Nhận xét của chuyên gia số " + n);
            http.expect(200, "PUT", "/api/v1/councils/" + id + "/sheets/" + dossierId, tokens.get(expert), sheet);
            http.post("/api/v1/councils/" + id + "/sheets/" + dossierId + "/sign", tokens.get(expert), null);
        }
        return http.post("/api/v1/councils/" + id + "/close", officer, null);
    }

    private List<String> auditActions(String type, String id) {
        JsonNode entries = http.get("/api/v1/audit/entries?aggregateType=" + type + "&aggregateId=" + id
                + "&size=200&sort=id,asc", admin);
        List<String> actions = new ArrayList<>();
        entries.get("items").forEach(entry -> actions.add(entry.get("action").asString()));
        return actions;
    }
}
