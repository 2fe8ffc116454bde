package org.innoport.platform.web;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.innoport.platform.InstanceProperties;
import org.innoport.platform.Jobs;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The progress page of a job. htmx polls the progress fragment every second until the job has finished (the
 * finished fragment no longer asks to be polled); without JavaScript a reload link does the same.
 */
@Controller
class JobController {

    private final Jobs jobs;
    private final DateTimeFormatter timestamps;

    JobController(Jobs jobs, InstanceProperties instance) {
        this.jobs = jobs;
        this.timestamps = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(instance.zoneId());
    }

    @GetMapping("/jobs/{id}")
    String page(@PathVariable UUID id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("job", jobs.status(id, viewer.username(), viewer.admin()));
        model.addAttribute("timestamps", timestamps);
        return "platform/jobs/job";
    }

    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("job", jobs.status(id, viewer.username(), viewer.admin()));
        return "platform/jobs/progress";
    }
}
