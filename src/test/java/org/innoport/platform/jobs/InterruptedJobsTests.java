package org.innoport.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.innoport.platform.JobState;
import org.innoport.platform.JobStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class InterruptedJobsTests {

    @Autowired
    JobRepository jobs;
    @Autowired
    InterruptedJobs interruptedJobs;

    @Test
    void jobsLeftRunningOrQueuedByTheLastRunAreMarkedFailedAtStartUp() {
        Instant lastRun = Instant.now().minus(1, ChronoUnit.HOURS);
        Job running = new Job("test.interrupted", "applicant", Locale.ENGLISH, lastRun);
        running.start(lastRun);
        running.progress(70, "Almost there");
        Job queued = new Job("test.interrupted", "applicant", Locale.forLanguageTag("vi"), lastRun);
        jobs.saveAll(java.util.List.of(running, queued));

        interruptedJobs.failInterruptedJobs();

        JobStatus wasRunning = jobs.findById(running.id()).orElseThrow().toStatus();
        assertThat(wasRunning.state()).isEqualTo(JobState.FAILED);
        assertThat(wasRunning.percent()).isEqualTo(70);
        assertThat(wasRunning.message()).isEqualTo("The job was interrupted by a restart of the system. Please run it again.");
        assertThat(wasRunning.finishedAt()).isNotNull();
        JobStatus wasQueued = jobs.findById(queued.id()).orElseThrow().toStatus();
        assertThat(wasQueued.state()).isEqualTo(JobState.FAILED);
        assertThat(wasQueued.message()).contains("khởi động lại");
    }
}
