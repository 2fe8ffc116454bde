package org.innoport.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.innoport.platform.JobResult;
import org.innoport.platform.JobState;
import org.innoport.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class JobTests {

    static final Instant NOW = Instant.parse("2026-11-26T03:00:00Z");

    Job running() {
        Job job = new Job("test", "applicant", Locale.forLanguageTag("vi"), NOW);
        job.start(NOW);
        return job;
    }

    @Test
    void goesFromQueuedThroughRunningToSucceededAtOneHundredPercent() {
        Job job = running();
        job.progress(55, "Nửa chừng");
        assertThat(job.toStatus().percent()).isEqualTo(55);
        job.succeed("Xong", "/r/1", NOW.plusSeconds(5));
        assertThat(job.toStatus()).satisfies(status -> {
            assertThat(status.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(status.percent()).isEqualTo(100);
            assertThat(status.finishedAt()).isEqualTo(NOW.plusSeconds(5));
        });
    }

    @Test
    void clampsPercentAndKeepsTheLastMessageWhenNoneIsGiven() {
        Job job = running();
        job.progress(-5, "Bắt đầu");
        assertThat(job.toStatus().percent()).isZero();
        job.progress(250, null);
        assertThat(job.toStatus().percent()).isEqualTo(100);
        assertThat(job.toStatus().message()).isEqualTo("Bắt đầu");
    }

    @Test
    void refusesToSucceedBeforeStartingOrToChangeAfterFinishing() {
        Job queued = new Job("test", "applicant", Locale.ENGLISH, NOW);
        assertThatThrownBy(() -> queued.succeed("x", null, NOW)).isInstanceOf(IllegalTransitionException.class);
        Job failed = running();
        failed.fail("Lỗi", NOW);
        assertThatThrownBy(() -> failed.fail("again", NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> failed.progress(10, null)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> failed.start(NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aQueuedJobMayFailWithoutEverRunning() {
        Job queued = new Job("test", "applicant", Locale.ENGLISH, NOW);
        queued.fail("busy", NOW);
        assertThat(queued.state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void isVisibleToItsOwnerAndAdministratorsOnly() {
        Job job = running();
        assertThat(job.visibleTo("applicant", false)).isTrue();
        assertThat(job.visibleTo("applicant2", false)).isFalse();
        assertThat(job.visibleTo("admin", true)).isTrue();
    }

    @Test
    void resultLinksMustStayInsideTheApplication() {
        assertThat(JobResult.link("/reports/1.xlsx").resultUrl()).isEqualTo("/reports/1.xlsx");
        for (String outside : new String[] {"https://evil.example/x", "//evil.example/x", "javascript:alert(1)", "/\\evil"}) {
            assertThatThrownBy(() -> JobResult.link(outside)).as(outside).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
