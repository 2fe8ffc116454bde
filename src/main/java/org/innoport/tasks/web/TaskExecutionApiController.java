package org.innoport.tasks.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.tasks.Callers;
import org.innoport.tasks.ExecutionCommands.AcceptanceForm;
import org.innoport.tasks.ExecutionCommands.ChangeForm;
import org.innoport.tasks.ExecutionCommands.ContractForm;
import org.innoport.tasks.ExecutionCommands.DecisionForm;
import org.innoport.tasks.ExecutionCommands.DisbursementForm;
import org.innoport.tasks.ExecutionCommands.FailureForm;
import org.innoport.tasks.ExecutionCommands.InspectionForm;
import org.innoport.tasks.ExecutionCommands.LiquidationForm;
import org.innoport.tasks.ExecutionCommands.OutcomeForm;
import org.innoport.tasks.ExecutionCommands.ReportForm;
import org.innoport.tasks.ExecutionCommands.Review;
import org.innoport.tasks.ExecutionViews.AcceptanceView;
import org.innoport.tasks.ExecutionViews.ChangeView;
import org.innoport.tasks.ExecutionViews.ContractView;
import org.innoport.tasks.ExecutionViews.DisbursementView;
import org.innoport.tasks.ExecutionViews.InspectionView;
import org.innoport.tasks.ExecutionViews.MoneyView;
import org.innoport.tasks.ExecutionViews.OutcomeView;
import org.innoport.tasks.ExecutionViews.ReportView;
import org.innoport.tasks.ExecutionViews.TaskFile;
import org.innoport.tasks.TaskExecution;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task after approval: {@code /api/v1/tasks/{id}/file}, {@code /contract}, {@code /budget-lines},
 * {@code /disbursements}, {@code /progress-reports}, {@code /inspections}, {@code /change-requests},
 * {@code /acceptance}, {@code /outcomes}, and the transitions {@code start}, {@code suspend}, {@code resume},
 * {@code terminate}, {@code submit-acceptance}, {@code recognise}, {@code liquidate}, {@code register},
 * {@code resolve-failure}, {@code close}. Every action returns the whole {@link TaskFile}.
 */
@RestController
@RequestMapping("/api/v1/tasks/{id}")
class TaskExecutionApiController {

    private final TaskExecution execution;
    private final Callers callers;

    TaskExecutionApiController(TaskExecution execution, Callers callers) {
        this.execution = execution;
        this.callers = callers;
    }

    @GetMapping("/file")
    TaskFile file(@PathVariable UUID id, Authentication auth) {
        return read(id, auth);
    }

    @GetMapping("/contract")
    ContractView contract(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).contract();
    }

    @PutMapping("/contract")
    TaskFile contract(@PathVariable UUID id, @Valid @RequestBody ContractForm form) {
        return execution.contract(id, form);
    }

    @PutMapping("/classification")
    TaskFile classify(@PathVariable UUID id, @Valid @RequestBody org.innoport.tasks.ExecutionCommands.ClassifyForm form) {
        return execution.classify(id, form);
    }

    @PostMapping("/start")
    TaskFile start(@PathVariable UUID id, @RequestBody(required = false) Review review) {
        return execution.start(id, review == null ? null : review.version());
    }

    @GetMapping("/budget-lines")
    MoneyView money(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).money();
    }

    @GetMapping("/disbursements")
    List<DisbursementView> disbursements(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).disbursements();
    }

    @PostMapping("/disbursements")
    TaskFile disburse(@PathVariable UUID id, @Valid @RequestBody DisbursementForm form, Authentication auth) {
        return execution.disburse(auth.getName(), id, form);
    }

    @GetMapping("/progress-reports")
    List<ReportView> reports(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).progressReports();
    }

    @PostMapping("/progress-reports/{reportId}/submit")
    TaskFile submitReport(@PathVariable UUID id, @PathVariable UUID reportId, @Valid @RequestBody ReportForm form,
                          Authentication auth) {
        return execution.submitReport(callers.of(auth.getName()), id, reportId, form);
    }

    @PostMapping("/progress-reports/{reportId}/accept")
    TaskFile acceptReport(@PathVariable UUID id, @PathVariable UUID reportId,
                          @RequestBody(required = false) Review review, Authentication auth) {
        return execution.reviewReport(auth.getName(), id, reportId, true, orNone(review));
    }

    @PostMapping("/progress-reports/{reportId}/return")
    TaskFile returnReport(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody Review review,
                          Authentication auth) {
        return execution.reviewReport(auth.getName(), id, reportId, false, review);
    }

    /** Uploads an attachment (multipart {@code file}) → 201 {@code {fileId}}. */
    @PostMapping(path = "/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    java.util.Map<String, UUID> upload(@PathVariable UUID id,
                                       @org.springframework.web.bind.annotation.RequestPart("file")
                                       org.springframework.web.multipart.MultipartFile file,
                                       Authentication auth) throws java.io.IOException {
        try (var content = file.getInputStream()) {
            return java.util.Map.of("fileId", execution.storeAttachment(callers.of(auth.getName()), id, content,
                    file.getOriginalFilename(), file.getContentType()));
        }
    }

    @GetMapping("/attachments/{fileId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> download(
            @PathVariable UUID id, @PathVariable UUID fileId, Authentication auth) {
        return execution.download(callers.of(auth.getName()), id, fileId);
    }

    @GetMapping("/inspections")
    List<InspectionView> inspections(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).inspections();
    }

    @PostMapping("/inspections")
    TaskFile inspect(@PathVariable UUID id, @Valid @RequestBody InspectionForm form, Authentication auth) {
        return execution.inspect(auth.getName(), id, form);
    }

    @GetMapping("/change-requests")
    List<ChangeView> changes(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).changeRequests();
    }

    @PostMapping("/change-requests")
    TaskFile requestChange(@PathVariable UUID id, @Valid @RequestBody ChangeForm form, Authentication auth) {
        return execution.requestChange(callers.of(auth.getName()), id, form);
    }

    @PostMapping("/change-requests/{requestId}/approve")
    TaskFile approveChange(@PathVariable UUID id, @PathVariable UUID requestId,
                           @RequestBody(required = false) Review review, Authentication auth) {
        return execution.decideChange(auth.getName(), id, requestId, true, orNone(review));
    }

    @PostMapping("/change-requests/{requestId}/refuse")
    TaskFile refuseChange(@PathVariable UUID id, @PathVariable UUID requestId,
                          @RequestBody(required = false) Review review, Authentication auth) {
        return execution.decideChange(auth.getName(), id, requestId, false, orNone(review));
    }

    @PostMapping("/suspend")
    TaskFile suspend(@PathVariable UUID id, @RequestBody Review review) {
        return execution.suspend(id, review);
    }

    @PostMapping("/resume")
    TaskFile resume(@PathVariable UUID id, @RequestBody(required = false) Review review) {
        return execution.resume(id, orNone(review));
    }

    @PostMapping("/terminate")
    TaskFile terminate(@PathVariable UUID id, @RequestBody Review review) {
        return execution.terminate(id, review);
    }

    @GetMapping("/acceptance")
    AcceptanceView acceptance(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).acceptance();
    }

    @PostMapping("/submit-acceptance")
    TaskFile submitAcceptance(@PathVariable UUID id, @RequestBody(required = false) AcceptanceForm form,
                              Authentication auth) {
        return execution.submitForAcceptance(callers.of(auth.getName()), id,
                form == null ? new AcceptanceForm(null, null) : form);
    }

    @PostMapping("/recognise")
    TaskFile recognise(@PathVariable UUID id, @Valid @RequestBody DecisionForm form) {
        return execution.recognise(id, form);
    }

    @PostMapping("/liquidate")
    TaskFile liquidate(@PathVariable UUID id, @Valid @RequestBody LiquidationForm form) {
        return execution.liquidate(id, form);
    }

    @PostMapping("/register")
    TaskFile register(@PathVariable UUID id, @Valid @RequestBody DecisionForm form) {
        return execution.register(id, form);
    }

    @PostMapping("/resolve-failure")
    TaskFile resolveFailure(@PathVariable UUID id, @Valid @RequestBody FailureForm form) {
        return execution.resolveFailure(id, form);
    }

    @PostMapping("/close")
    TaskFile close(@PathVariable UUID id, @RequestBody(required = false) Review review) {
        return execution.close(id, orNone(review).version());
    }

    @GetMapping("/outcomes")
    List<OutcomeView> outcomes(@PathVariable UUID id, Authentication auth) {
        return read(id, auth).outcomes();
    }

    @PostMapping("/outcomes")
    TaskFile recordOutcome(@PathVariable UUID id, @Valid @RequestBody OutcomeForm form, Authentication auth) {
        return execution.recordOutcome(auth.getName(), id, form);
    }

    private TaskFile read(UUID id, Authentication auth) {
        return execution.file(callers.of(auth.getName()), id);
    }

    private static Review orNone(Review review) {
        return review == null ? new Review(null, null) : review;
    }
}
