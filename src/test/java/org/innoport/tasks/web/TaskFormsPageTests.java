package org.innoport.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innoport.directory.OrganisationType;
import org.innoport.shared.Money;
import org.innoport.tasks.BudgetLine;
import org.innoport.tasks.ExecutionViews.TaskFile;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.TaskExecution;
import org.innoport.tasks.seed.SampleTasks;
import org.innoport.evaluation.CouncilClosed;
import org.innoport.evaluation.CouncilSubject;
import org.innoport.evaluation.CouncilType;
import org.innoport.evaluation.DossierResult;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The officer's forms on a task page (issue 5): contract and tranche recorded through form posts with CSRF, a
 * refused tranche shown as an error that changes nothing, a stale version answered with a warning, a form post by
 * someone who is not an officer refused with 403, and the demo sample tasks on {@code /tasks}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class TaskFormsPageTests {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;
    @Autowired
    SampleTasks sampleTasks;
    @Autowired
    TaskExecution execution;
    @Autowired
    org.innoport.tasks.Callers callers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    static final RequestPostProcessor LEADER = user("leader").roles("LEADER");

    final int year = LocalDate.now().getYear();

    /** An approved task of 600 M state + 100 M counterpart, uniquely coded (the test database is shared). */
    UUID approvedTask() {
        String code = "TEST.FORM." + UUID.randomUUID().toString().substring(0, 8);
        return sampleTasks.approvedTask(code, "Nhiệm vụ thử biểu mẫu " + code, "CT-NC-02", UUID.randomUUID(),
                UUID.randomUUID(), List.of(new BudgetLine(FundingSource.STATE_BUDGET, year, Money.of(600_000_000L)),
                        new BudgetLine(FundingSource.COUNTERPART, year, Money.of(100_000_000L))),
                Instant.now(), false);
    }

    TaskFile file(UUID id) {
        return execution.file(callers.of("officer"), id);
    }

    MockHttpServletRequestBuilder contract(UUID id, long version) {
        return post("/tasks/" + id + "/contract").with(OFFICER).with(csrf())
                .param("number", "05/2026/HĐ-KHCN").param("date", LocalDate.now().toString())
                .param("startDate", LocalDate.now().toString()).param("durationMonths", "18")
                .param("parties", "Sở KH&CN Hải Phòng; tổ chức chủ trì; chủ nhiệm")
                .param("deliverables", LocalDate.now().plusMonths(17) + "; Báo cáo tổng hợp\n")
                .param("version", String.valueOf(version));
    }

    MockHttpServletRequestBuilder tranche(UUID id, String amount, long version) {
        return tranche(id, amount, "77/QĐ-SKHCN", version);
    }

    MockHttpServletRequestBuilder tranche(UUID id, String amount, String decisionNumber, long version) {
        return post("/tasks/" + id + "/disbursements").with(OFFICER).with(csrf()).param("kind", "ADVANCE")
                .param("source", "STATE_BUDGET").param("fiscalYear", String.valueOf(year)).param("amount", amount)
                .param("decisionNumber", decisionNumber).param("decisionDate", LocalDate.now().toString())
                .param("version", String.valueOf(version));
    }

    @Test
    void anOfficerRecordsAContractAndATrancheThroughTheForms() throws Exception {
        UUID id = approvedTask();
        mvc.perform(get("/tasks/" + id).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"contract-contract-form\"")))
                .andExpect(content().string(containsString("data-confirm=")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        mvc.perform(contract(id, 0)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + id)).andExpect(flash().attributeExists("flash"));
        TaskFile contracted = file(id);
        assertThat(contracted.status()).isEqualTo("CONTRACTED");
        assertThat(contracted.contract().number()).isEqualTo("05/2026/HĐ-KHCN");
        assertThat(contracted.contract().deliverables()).singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("Báo cáo tổng hợp"));
        assertThat(contracted.progressReports()).hasSize(2);

        mvc.perform(get("/tasks/" + id).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tranche-disbursements-form\"")));
        mvc.perform(tranche(id, "250000000", contracted.version())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tasks/" + id));
        TaskFile disbursed = file(id);
        assertThat(disbursed.disbursements()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualTo(Money.of(250_000_000L));
            assertThat(d.decisionNumber()).isEqualTo("77/QĐ-SKHCN");
            assertThat(d.recordedBy()).isEqualTo("officer");
        });
        assertThat(disbursed.money().bySource()).filteredOn(r -> r.source() == FundingSource.STATE_BUDGET)
                .singleElement().satisfies(r -> {
                    assertThat(r.disbursed()).isEqualTo(Money.of(250_000_000L));
                    assertThat(r.remaining()).isEqualTo(Money.of(350_000_000L));
                });
        mvc.perform(get("/tasks/" + id).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("77/QĐ-SKHCN")))
                .andExpect(content().string(containsString("250.000.000")));
    }

    @Test
    void aRefusedTrancheShowsTheErrorKeepsWhatWasTypedAndChangesNothing() throws Exception {
        UUID id = approvedTask();
        mvc.perform(contract(id, 0)).andExpect(status().is3xxRedirection());
        TaskFile before = file(id);

        String page = mvc.perform(tranche(id, "900000000", before.version())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-summary\"")
                .contains("Vượt kinh phí được duyệt của nguồn STATE_BUDGET")
                .contains("<details class=\"mb-2 border rounded px-2 py-1\" open id=\"tranche-section\"")
                .contains("value=\"900000000\"");

        String invalid = mvc.perform(tranche(id, "", "", before.version()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("id=\"error-summary\"").contains("href=\"#amount\"")
                .contains("href=\"#decisionNumber\"").contains("id=\"decisionNumber\"").contains("is-invalid");

        mvc.perform(tranche(id, "100000000", before.version() - 1)).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));

        TaskFile after = file(id);
        assertThat(after.disbursements()).isEmpty();
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void someoneWhoIsNotAnOfficerPostingAFormGets403AndChangesNothing() throws Exception {
        UUID id = approvedTask();
        mvc.perform(contract(id, 0).with(user("applicant").roles("APPLICANT"))).andExpect(status().isForbidden());
        mvc.perform(contract(id, 0).with(user("expert").roles("EXPERT"))).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + id + "/suspend").with(OFFICER).with(csrf()).param("reasons", "Lý do")
                .param("version", "0")).andExpect(status().isForbidden());
        assertThat(file(id).status()).isEqualTo("APPROVED");
        assertThat(file(id).contract()).isNull();
    }

    @Test
    void theDemoSampleTasksAppearOnTheTaskListAndTheirPages() throws Exception {
        for (String code : List.of("MAU.NV.01", "MAU.NV.02", "MAU.NV.03", "MAU.NV.04", "MAU.NV.05")) {
            UUID sample = jdbc.sql("select id from tasks.tasks where code = :code").param("code", code)
                    .query(UUID.class).single();
            page(sample, OFFICER);
            page(sample, LEADER);
        }
        mvc.perform(get("/api/v1/tasks/portfolio?groupBy=hostType").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"key\":\"RESEARCH_INSTITUTE\"")));
        // the demo samples' host types are the directory's organisation types, so the portfolio labels them
        assertThat(jdbc.sql("select distinct host_type from tasks.tasks where code like 'MAU.%'").query(String.class)
                .list()).isNotEmpty().allSatisfy(type -> assertThat(OrganisationType.valueOf(type)).isNotNull());
        mvc.perform(get("/api/v1/tasks/portfolio?groupBy=field").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"key\":\"4\"")));
        mvc.perform(get("/tasks/portfolio?groupBy=field").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("4 — Khoa học nông nghiệp")));
        mvc.perform(get("/tasks/portfolio?groupBy=hostType").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trường đại học, học viện")));
        String list = mvc.perform(get("/tasks?sort=code,asc&size=50").with(OFFICER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("MAU.NV.01").contains("MAU.NV.05").contains("[Dữ liệu mẫu]")
                .contains("Dữ liệu mẫu</span>");
        assertThat(jdbc.sql("select count(*) from tasks.tasks where code like 'MAU.NV.%' and sample")
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("""
                select count(*) from tasks.tasks t
                  left join (select task_id, sum(amount) filter (where source = 'STATE_BUDGET') as state,
                                    sum(amount) filter (where source = 'COUNTERPART') as counterpart,
                                    sum(amount) filter (where source = 'OTHER') as other
                               from tasks.task_budget group by task_id) b on b.task_id = t.id
                 where t.code like 'MAU.NV.%' and (t.approved_state, t.approved_counterpart, t.approved_other)
                       is distinct from (coalesce(b.state, 0), coalesce(b.counterpart, 0), coalesce(b.other, 0))""").query(Long.class).single())
                .as("the portfolio's stored totals of the samples agree with their budget lines").isZero();
        List<String> statuses = jdbc.sql("select status from tasks.tasks where code like 'MAU.NV.%' order by code")
                .query(String.class).list();
        assertThat(statuses).containsExactly("APPROVED", "CONTRACTED", "IN_PROGRESS", "ACCEPTANCE", "CLOSED");

        UUID inProgress = jdbc.sql("select id from tasks.tasks where code = 'MAU.NV.03'").query(UUID.class).single();
        assertThat(mvc.perform(get("/tasks/" + inProgress).with(OFFICER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"task-sample\"").contains("Quá hạn")
                .contains("Đã chấp nhận");
        UUID closed = jdbc.sql("select id from tasks.tasks where code = 'MAU.NV.05'").query(UUID.class).single();
        assertThat(mvc.perform(get("/tasks/" + closed).with(OFFICER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"task-outcomes\"").contains("MAU-KQ-2025-001")
                .contains("id=\"outcome-outcomes-form\"");
    }

    /** Shows the task page to {@code who}: 200 and no missing message key. */
    String page(UUID id, RequestPostProcessor who) throws Exception {
        String html = mvc.perform(get("/tasks/" + id).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("??");
        return html;
    }

    MockHttpServletRequestBuilder form(UUID id, String step, RequestPostProcessor who, String... params) {
        MockHttpServletRequestBuilder request = post("/tasks/" + id + "/" + step).with(who).with(csrf())
                .param("version", String.valueOf(file(id).version()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    MockMultipartFile pdf() {
        return new MockMultipartFile("file", "bien-ban.pdf", "application/pdf",
                "%PDF-1.4\n% biên bản thử\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theLaterStepsRunThroughTheFormsFromReportsToOutcomes() throws Exception {
        UUID id = approvedTask();
        String today = LocalDate.now().toString();
        mvc.perform(contract(id, 0)).andExpect(status().is3xxRedirection());
        mvc.perform(form(id, "start", OFFICER)).andExpect(status().is3xxRedirection());
        mvc.perform(tranche(id, "200000000", file(id).version())).andExpect(status().is3xxRedirection());
        assertThat(file(id).status()).isEqualTo("IN_PROGRESS");

        UUID report = file(id).progressReports().getFirst().id();
        assertThat(page(id, OFFICER)).contains("id=\"report-" + report + "-submit-form\"");
        mvc.perform(multipart("/tasks/" + id + "/reports/" + report + "/submit").file(pdf()).with(OFFICER).with(csrf())
                .param("summary", "Tiến độ kỳ 1 qua biểu mẫu").param("version", String.valueOf(file(id).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(file(id).progressReports().getFirst().fileId()).isNotNull();
        String returned = mvc.perform(form(id, "reports/" + report + "/return", OFFICER, "reasons", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(returned).contains("href=\"#reasons\"").contains("id=\"reasons\"");
        mvc.perform(form(id, "reports/" + report + "/accept", OFFICER)).andExpect(status().is3xxRedirection());
        assertThat(file(id).progressReports().getFirst().status()).isEqualTo("ACCEPTED");

        mvc.perform(form(id, "inspections", OFFICER, "inspectedOn", today, "findings", "Đúng tiến độ",
                "followUp", "")).andExpect(status().is3xxRedirection());
        mvc.perform(form(id, "change-requests", OFFICER, "kind", "EXTENSION", "reason", "Thời tiết", "months", "6"))
                .andExpect(status().is3xxRedirection());
        UUID change = file(id).changeRequests().getFirst().id();
        assertThat(page(id, LEADER)).contains("/change-requests/" + change + "/approve").contains("/suspend");
        mvc.perform(form(id, "change-requests/" + change + "/approve", OFFICER)).andExpect(status().isForbidden());
        mvc.perform(form(id, "change-requests/" + change + "/approve", LEADER, "reasons", "Đồng ý"))
                .andExpect(status().is3xxRedirection());
        assertThat(file(id).durationMonths()).isEqualTo(24);

        assertThat(mvc.perform(form(id, "suspend", LEADER, "reasons", "")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("href=\"#reasons\"");
        mvc.perform(form(id, "suspend", LEADER, "reasons", "Chờ ý kiến thẩm định")).andExpect(status().is3xxRedirection());
        assertThat(file(id).statusReason()).isEqualTo("Chờ ý kiến thẩm định");
        mvc.perform(form(id, "resume", LEADER)).andExpect(status().is3xxRedirection());

        mvc.perform(multipart("/tasks/" + id + "/submit-acceptance").file(pdf()).with(OFFICER).with(csrf())
                .param("version", String.valueOf(file(id).version()))).andExpect(status().is3xxRedirection());
        assertThat(file(id).status()).isEqualTo("ACCEPTANCE");
        assertThat(file(id).acceptance().selfEvaluationFileId()).isNotNull();
        assertThat(page(id, OFFICER)).contains("action=\"/councils/new\"").contains("name=\"subjectKind\" value=\"task\"");
        UUID council = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new CouncilClosed(council,
                CouncilType.ACCEPTANCE, new CouncilSubject("task", id), "QĐ-thử", List.of(new DossierResult(id, id,
                7, new java.math.BigDecimal("82.00"), true, null, 1, "PASS", List.of())), Instant.now())));
        assertThat(page(id, OFFICER)).contains("href=\"/councils/" + council + "\"").contains("/recognise");

        mvc.perform(form(id, "recognise", OFFICER, "number", "90/QĐ-SKHCN", "date", today))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(id, "liquidate", OFFICER, "date", today, "budget.STATE_BUDGET." + year, "200000000"))
                .andExpect(status().is3xxRedirection());
        assertThat(file(id).money().settled()).isEqualTo(Money.of(200_000_000L));
        mvc.perform(form(id, "register", OFFICER, "number", "2026-KQ-77", "date", today))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(id, "close", OFFICER)).andExpect(status().is3xxRedirection());
        assertThat(file(id).status()).isEqualTo("CLOSED");
        mvc.perform(form(id, "outcomes", OFFICER, "kind", "PUBLICATION", "occurredOn", today, "description",
                "Bài báo", "quantity", "1", "evidence", "Tạp chí thử")).andExpect(status().is3xxRedirection());
        assertThat(file(id).outcomes()).hasSize(1);
        assertThat(page(id, OFFICER)).contains("2026-KQ-77").contains("Bài báo").contains("id=\"task-outcomes\"");
    }
}
