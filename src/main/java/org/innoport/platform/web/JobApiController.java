package org.innoport.platform.web;

import java.util.UUID;
import org.innoport.platform.JobStatus;
import org.innoport.platform.Jobs;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A job's state for its owner or an administrator; anyone else gets 404, as if it did not exist. */
@RestController
class JobApiController {

    private final Jobs jobs;

    JobApiController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs/{id}")
    JobStatus job(@PathVariable UUID id, Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        return jobs.status(id, viewer.username(), viewer.admin());
    }
}
