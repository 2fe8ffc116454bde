package org.innoport.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class JobsIntegrationTests {

    @Autowired
    Jobs jobs;
    @Autowired
    MockMvc mvc;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    JobStatus awaitFinished(UUID id, String owner) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.status(id, owner, false).state().finished());
        return jobs.status(id, owner, false);
    }

    @Test
    void aJobRunsInTheBackgroundAndEndsSucceededAtOneHundredPercentWithItsResult() {
        UUID id = jobs.start("test.count", "applicant", progress -> {
            for (int i = 1; i <= 10; i++) {
                progress.update(i * 10, "Dòng " + i + "/10");
            }
            return new JobResult("Đã nhập 10 dòng.", "/test/results/42");
        });

        JobStatus done = awaitFinished(id, "applicant");
        assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.message()).isEqualTo("Đã nhập 10 dòng.");
        assertThat(done.resultUrl()).isEqualTo("/test/results/42");
        assertThat(done.kind()).isEqualTo("test.count");
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.createdAt());
    }

    @Test
    void aFailingJobEndsFailedWithTheRuleMessageInTheOwnersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        UUID id = jobs.start("test.too-large", "applicant", progress -> {
            throw new RuleViolationException("file", "files.too-large", 25);
        });

        JobStatus failed = awaitFinished(id, "applicant");
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.message()).isEqualTo("The file is larger than the maximum of 25 MB.");
        assertThat(failed.finishedAt()).isNotNull();
    }

    @Test
    void anUnexpectedErrorEndsFailedWithAFriendlyMessageAndNoInternals() {
        UUID id = jobs.start("test.crash", "applicant", progress -> {
            progress.update(30, "Đang xử lý");
            throw new IllegalStateException("NullPointer in com.example.Secret at line 42");
        });

        JobStatus failed = awaitFinished(id, "applicant");
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.message()).startsWith("Công việc gặp lỗi ngoài ý muốn")
                .doesNotContain("Exception", "Secret", "line 42", "at ");
    }

    @Test
    void aJobStartedInsideATransactionRunsOnlyAfterItCommits() {
        UUID[] id = new UUID[1];
        transactions.executeWithoutResult(status -> {
            id[0] = jobs.start("test.after-commit", "applicant", progress -> JobResult.done());
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> jobs.status(id[0], "applicant", true)).as("a rolled-back start leaves no job")
                .isInstanceOf(NotFoundException.class);

        UUID committed = transactions.execute(status -> jobs.start("test.after-commit", "applicant", progress -> JobResult.done()));
        assertThat(awaitFinished(committed, "applicant").state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void theOwnerAndAnAdministratorReadTheJobThroughTheApiAndOthersGetNotFound() throws Exception {
        UUID id = jobs.start("test.api", "applicant", progress -> JobResult.link("/test/results/7"));
        awaitFinished(id, "applicant");

        mvc.perform(get("/api/v1/jobs/{id}", id).with(user("applicant")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.kind").value("test.api"))
                .andExpect(jsonPath("$.state").value("SUCCEEDED"))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.resultUrl").value("/test/results/7"))
                .andExpect(jsonPath("$.createdAt").isNotEmpty())
                .andExpect(jsonPath("$.finishedAt").isNotEmpty())
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(get("/api/v1/jobs/{id}", id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/jobs/{id}", id).with(user("applicant2").roles("APPLICANT")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/jobs/{id}", id).with(user("applicant2").roles("APPLICANT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jobs/{id}", UUID.randomUUID()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProgressPagePollsWhileTheJobRunsAndStopsPollingWhenItHasFinished() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        UUID id = jobs.start("test.wait", "applicant", progress -> {
            progress.update(40, "Đang nhập dòng 40/100");
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return JobResult.link("/test/results/9");
        });
        await().atMost(Duration.ofMinutes(2)).until(() -> jobs.status(id, "applicant", false).percent() == 40);

        String page = mvc.perform(get("/jobs/{id}", id).with(user("applicant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html", "Đang nhập dòng 40/100", "40 %", "progress-bar", "pct-40",
                "hx-get=\"/jobs/" + id + "/progress\"", "hx-trigger=\"every 1s\"", "href=\"/jobs/" + id + "\"")
                .doesNotContain("??");

        String running = mvc.perform(get("/jobs/{id}/progress", id).with(user("applicant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(running).doesNotContain("<html").contains("hx-trigger=\"every 1s\"", "Đang xử lý");

        release.countDown();
        awaitFinished(id, "applicant");
        String finished = mvc.perform(get("/jobs/{id}/progress", id).with(user("applicant")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(finished).doesNotContain("hx-trigger", "hx-get").contains("Hoàn thành", "pct-100",
                "href=\"/test/results/9\"");
    }
}
