package org.innoport.tasks.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.innoport.evaluation.ApplicantFeedback;
import org.innoport.platform.PageResponse;
import org.innoport.tasks.Callers;
import org.innoport.tasks.Commands.ApplicationForm;
import org.innoport.tasks.Commands.Appraise;
import org.innoport.tasks.Commands.Decision;
import org.innoport.tasks.Selection;
import org.innoport.tasks.TaskRegister;
import org.innoport.tasks.Views.ApplicationView;
import org.innoport.tasks.Views.TaskView;
import org.innoport.tasks.domain.ApplicationStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/applications} with actions {@code submit}, {@code withdraw}, {@code open}, {@code mark-valid},
 * {@code mark-invalid}, {@code appraise}, {@code approve}; sub-resources {@code attachments} and {@code feedback}.
 */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationApiController {

    private final Selection selection;
    private final TaskRegister register;
    private final Callers callers;

    ApplicationApiController(Selection selection, TaskRegister register, Callers callers) {
        this.selection = selection;
        this.register = register;
        this.callers = callers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApplicationView prepare(@Valid @RequestBody ApplicationForm form, Authentication auth) {
        return selection.prepare(callers.of(auth.getName()), form);
    }

    @GetMapping
    PageResponse<ApplicationView> list(@RequestParam(required = false) UUID callId,
                                       @RequestParam(required = false) ApplicationStatus status,
                                       @PageableDefault(size = 20, sort = "createdAt") Pageable pageable,
                                       Authentication auth) {
        return PageResponse.of(selection.applications(callers.of(auth.getName()), callId, status, pageable));
    }

    @GetMapping("/{id}")
    ApplicationView get(@PathVariable UUID id, Authentication auth) {
        return selection.application(callers.of(auth.getName()), id);
    }

    @PutMapping("/{id}")
    ApplicationView edit(@PathVariable UUID id, @Valid @RequestBody ApplicationForm form, Authentication auth) {
        return selection.edit(callers.of(auth.getName()), id, form);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ApplicationView attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file, Authentication auth)
            throws IOException {
        return selection.attach(callers.of(auth.getName()), id, file.getInputStream(), file.getOriginalFilename(),
                file.getContentType());
    }

    @PostMapping("/{id}/submit")
    ApplicationView submit(@PathVariable UUID id, @RequestBody(required = false) Decision decision,
                           Authentication auth) {
        return selection.submit(callers.of(auth.getName()), id, ProposalApiController.orNone(decision));
    }

    @PostMapping("/{id}/withdraw")
    ApplicationView withdraw(@PathVariable UUID id, @RequestBody(required = false) Decision decision,
                             Authentication auth) {
        return selection.withdraw(callers.of(auth.getName()), id, ProposalApiController.orNone(decision));
    }

    @PostMapping("/{id}/open")
    ApplicationView open(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return selection.open(id, ProposalApiController.orNone(decision));
    }

    @PostMapping("/{id}/mark-valid")
    ApplicationView markValid(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
        return selection.markCompleteness(id, true, ProposalApiController.orNone(decision));
    }

    @PostMapping("/{id}/mark-invalid")
    ApplicationView markInvalid(@PathVariable UUID id, @Valid @RequestBody Decision decision) {
        return selection.markCompleteness(id, false, decision);
    }

    @PostMapping("/{id}/appraise")
    ApplicationView appraise(@PathVariable UUID id, @Valid @RequestBody Appraise command) {
        return register.appraise(id, command);
    }

    /** LEADER approval: creates the task. */
    @PostMapping("/{id}/approve")
    @ResponseStatus(HttpStatus.CREATED)
    TaskView approve(@PathVariable UUID id, @RequestBody(required = false) Decision decision, Authentication auth) {
        return register.approve(auth.getName(), id, ProposalApiController.orNone(decision));
    }

    @GetMapping("/{id}/feedback")
    ApplicantFeedback feedback(@PathVariable UUID id, Authentication auth) {
        return selection.feedback(callers.of(auth.getName()), id);
    }

    @GetMapping("/counts")
    Map<ApplicationStatus, Long> counts() {
        return selection.countsByStatus();
    }
}
