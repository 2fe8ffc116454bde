package org.innoport.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.innoport.platform.FlashMessage;
import org.innoport.shared.DomainException;
import org.innoport.shared.Money;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.innoport.tasks.Callers;
import org.innoport.tasks.ExecutionCommands.AcceptanceForm;
import org.innoport.tasks.ExecutionCommands.ChangeForm;
import org.innoport.tasks.ExecutionCommands.ClassifyForm;
import org.innoport.tasks.ExecutionCommands.ContractForm;
import org.innoport.tasks.ExecutionCommands.DecisionForm;
import org.innoport.tasks.ExecutionCommands.DeliverableForm;
import org.innoport.tasks.ExecutionCommands.DisbursementForm;
import org.innoport.tasks.ExecutionCommands.FailureForm;
import org.innoport.tasks.ExecutionCommands.InspectionForm;
import org.innoport.tasks.ExecutionCommands.LiquidationForm;
import org.innoport.tasks.ExecutionCommands.OutcomeForm;
import org.innoport.tasks.ExecutionCommands.ReportForm;
import org.innoport.tasks.ExecutionCommands.Review;
import org.innoport.tasks.FundingSource;
import org.innoport.tasks.TaskExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's (and LEADER's) forms on a task page, one per step of DOMAIN.md steps 3–5. Each posts to
 * {@code /tasks/{id}/<step>} and calls {@link TaskExecution}, which holds every rule: a success redirects to the
 * task with a flash; invalid input or a refused rule shows the page again with the form open, what was typed kept
 * and the errors in the summary; a stale version redirects with a warning to reload.
 */
@Controller
@RequestMapping("/tasks/{id}")
class TaskFormsController {

    private static final String OFFICER = "hasAnyRole('OFFICER', 'ADMIN')";
    private static final String LEADER = "hasRole('LEADER')";

    private final TaskExecution execution;
    private final Callers callers;
    private final TaskPage page;

    TaskFormsController(TaskExecution execution, Callers callers, TaskPage page) {
        this.execution = execution;
        this.callers = callers;
        this.page = page;
    }

    // ---- form records (what the page posts) -----------------------------------------------------------------

    record ContractPage(@NotBlank @Size(max = 60) String number,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                        @NotBlank @Size(max = 4000) String parties, @NotNull @Min(1) @Max(120) Integer durationMonths,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                        @Size(max = 20000) String deliverables, Long version) {
    }

    record TranchePage(@NotBlank String kind, @NotNull FundingSource source,
                       @NotNull @Min(2000) @Max(2100) Integer fiscalYear, @NotNull Money amount,
                       @NotBlank @Size(max = 60) String decisionNumber,
                       @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate, Long version) {
    }

    record ReasonPage(@Size(max = 4000) String reasons, Long version) {
    }

    record ReportPage(@NotBlank @Size(max = 10000) String summary, Long version) {
    }

    record InspectionPage(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
                          @NotBlank @Size(max = 10000) String findings, @Size(max = 10000) String followUp,
                          Long version) {
    }

    record ChangePage(@NotBlank String kind, @NotBlank @Size(max = 4000) String reason, Integer months,
                      UUID newPiPersonId, Boolean budgetChange, Long version) {
    }

    record DecisionPage(@NotBlank @Size(max = 60) String number,
                        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Long version) {
    }

    record LiquidationPage(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Long version) {
    }

    record FailurePage(@NotBlank String resolution, @NotBlank @Size(max = 60) String decision, Money refundAmount,
                       Long version) {
    }

    record OutcomePage(@NotBlank String kind, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
                       @NotBlank @Size(max = 4000) String description, Money amount, @Min(0) Integer quantity,
                       @NotBlank @Size(max = 1000) String evidence, Long version) {
    }

    record ClassifyPage(@Size(max = 20) String field, @Size(max = 40) String hostType, Long version) {
    }

    record VersionPage(Long version) {
    }

    /** Everything a handler needs to answer. */
    private record Context(UUID id, Authentication auth, Model model, HttpServletRequest request,
                           RedirectAttributes redirect) {
    }

    // ---- contract and classification ------------------------------------------------------------------------

    @PostMapping("/contract")
    @PreAuthorize(OFFICER)
    String contract(@PathVariable UUID id, @Valid @ModelAttribute("contract") ContractPage form, BindingResult errors,
                    Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "contract", errors, "tasks.flash.contracted",
                () -> execution.contract(id, new ContractForm(form.number(), form.date(), form.parties(),
                        form.durationMonths(), form.startDate(), deliverables(form.deliverables()), form.version())));
    }

    @PostMapping("/classification")
    @PreAuthorize(OFFICER)
    String classify(@PathVariable UUID id, @Valid @ModelAttribute("classify") ClassifyPage form,
                    BindingResult errors, Authentication auth, Model model, HttpServletRequest request,
                    RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "classify", errors, "tasks.flash.classified",
                () -> execution.classify(id, new ClassifyForm(form.field(), form.hostType(), form.version())));
    }

    @PostMapping("/start")
    @PreAuthorize(OFFICER)
    String start(@PathVariable UUID id, @ModelAttribute("start") VersionPage form, BindingResult errors,
                 Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "start", errors, "tasks.flash.started",
                () -> execution.start(id, form.version()));
    }

    // ---- money ----------------------------------------------------------------------------------------------

    @PostMapping("/disbursements")
    @PreAuthorize(OFFICER)
    String disburse(@PathVariable UUID id, @Valid @ModelAttribute("tranche") TranchePage form, BindingResult errors,
                    Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "tranche", errors, "tasks.flash.disbursed",
                () -> execution.disburse(auth.getName(), id, new DisbursementForm(form.kind(), form.source(),
                        form.fiscalYear(), form.amount(), form.decisionNumber(), form.decisionDate(),
                        form.version())));
    }

    // ---- progress reports and inspections -------------------------------------------------------------------

    @PostMapping("/reports/{reportId}/submit")
    String submitReport(@PathVariable UUID id, @PathVariable UUID reportId,
                        @Valid @ModelAttribute("report") ReportPage form, BindingResult errors,
                        @RequestParam(required = false) MultipartFile file, Authentication auth, Model model,
                        HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "report-" + reportId, errors,
                "tasks.flash.report-submitted", () -> execution.submitReport(callers.of(auth.getName()), id,
                        reportId, new ReportForm(form.summary(), store(id, file, auth), form.version())));
    }

    @PostMapping("/reports/{reportId}/accept")
    @PreAuthorize(OFFICER)
    String acceptReport(@PathVariable UUID id, @PathVariable UUID reportId,
                        @Valid @ModelAttribute("review") ReasonPage form, BindingResult errors, Authentication auth,
                        Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "review-" + reportId, errors,
                "tasks.flash.report-accepted", () -> execution.reviewReport(auth.getName(), id, reportId, true,
                        new Review(form.version(), form.reasons())));
    }

    @PostMapping("/reports/{reportId}/return")
    @PreAuthorize(OFFICER)
    String returnReport(@PathVariable UUID id, @PathVariable UUID reportId,
                        @Valid @ModelAttribute("review") ReasonPage form, BindingResult errors, Authentication auth,
                        Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "review-" + reportId, errors,
                "tasks.flash.report-returned", () -> execution.reviewReport(auth.getName(), id, reportId, false,
                        new Review(form.version(), form.reasons())));
    }

    @PostMapping("/inspections")
    @PreAuthorize(OFFICER)
    String inspect(@PathVariable UUID id, @Valid @ModelAttribute("inspection") InspectionPage form,
                   BindingResult errors, Authentication auth, Model model, HttpServletRequest request,
                   RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "inspection", errors, "tasks.flash.inspected",
                () -> execution.inspect(auth.getName(), id, new InspectionForm(form.inspectedOn(), form.findings(),
                        form.followUp(), form.version())));
    }

    // ---- change requests, suspension, termination -----------------------------------------------------------

    @PostMapping("/change-requests")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'LEADER')")
    String requestChange(@PathVariable UUID id, @Valid @ModelAttribute("change") ChangePage form,
                         BindingResult errors, @RequestParam Map<String, String> parameters, Locale locale,
                         Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "change", errors, "tasks.flash.change-requested",
                () -> {
                    List<org.innoport.tasks.BudgetLine> lines = "BUDGET_REALLOCATION".equals(form.kind())
                            ? BudgetForm.lines(parameters, locale) : null;
                    execution.requestChange(callers.of(auth.getName()), id, new ChangeForm(form.kind(),
                            form.reason(), form.months(), form.newPiPersonId(), lines,
                            Boolean.TRUE.equals(form.budgetChange()), form.version()));
                });
    }

    @PostMapping("/change-requests/{requestId}/{decision:approve|refuse}")
    @PreAuthorize(LEADER)
    String decideChange(@PathVariable UUID id, @PathVariable UUID requestId, @PathVariable String decision,
                        @Valid @ModelAttribute("decide") ReasonPage form, BindingResult errors, Authentication auth,
                        Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        return act(new Context(id, auth, model, request, redirect), "decide-" + requestId, errors,
                approve ? "tasks.flash.change-approved" : "tasks.flash.change-refused",
                () -> execution.decideChange(auth.getName(), id, requestId, approve,
                        new Review(form.version(), form.reasons())));
    }

    @PostMapping("/{action:suspend|resume|terminate}")
    @PreAuthorize(LEADER)
    String status(@PathVariable UUID id, @PathVariable String action,
                  @Valid @ModelAttribute("status") ReasonPage form, BindingResult errors, Authentication auth,
                  Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Review review = errors.hasErrors() ? null : new Review(form.version(), form.reasons());
        return act(new Context(id, auth, model, request, redirect), action, errors, "tasks.flash." + action,
                () -> {
                    switch (action) {
                        case "suspend" -> execution.suspend(id, review);
                        case "resume" -> execution.resume(id, review);
                        default -> execution.terminate(id, review);
                    }
                });
    }

    // ---- acceptance to closing ------------------------------------------------------------------------------

    @PostMapping("/submit-acceptance")
    String submitAcceptance(@PathVariable UUID id, @ModelAttribute("acceptance") VersionPage form,
                            BindingResult errors, @RequestParam(required = false) MultipartFile file,
                            Authentication auth, Model model, HttpServletRequest request,
                            RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "acceptance", errors,
                "tasks.flash.acceptance-submitted", () -> {
                    if (file == null || file.isEmpty()) {
                        throw new RuleViolationException("file", "tasks.form.minutes-required");
                    }
                    execution.submitForAcceptance(callers.of(auth.getName()), id,
                            new AcceptanceForm(store(id, file, auth), form.version()));
                });
    }

    @PostMapping("/{step:recognise|register}")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'LEADER')")
    String decide(@PathVariable UUID id, @PathVariable String step, @Valid @ModelAttribute("decision") DecisionPage form,
                  BindingResult errors, Authentication auth, Model model, HttpServletRequest request,
                  RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), step, errors, "tasks.flash." + step, () -> {
            DecisionForm decision = new DecisionForm(form.number(), form.date(), form.version());
            if ("recognise".equals(step)) {
                execution.recognise(id, decision);
            } else {
                execution.register(id, decision);
            }
        });
    }

    @PostMapping("/liquidate")
    @PreAuthorize(OFFICER)
    String liquidate(@PathVariable UUID id, @Valid @ModelAttribute("liquidation") LiquidationPage form,
                     BindingResult errors, @RequestParam Map<String, String> parameters, Locale locale,
                     Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "liquidate", errors, "tasks.flash.liquidated",
                () -> execution.liquidate(id, new LiquidationForm(BudgetForm.lines(parameters, locale), form.date(),
                        form.version())));
    }

    @PostMapping("/resolve-failure")
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'LEADER')")
    String resolveFailure(@PathVariable UUID id, @Valid @ModelAttribute("failure") FailurePage form,
                          BindingResult errors, Authentication auth, Model model, HttpServletRequest request,
                          RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "failure", errors, "tasks.flash.failure-resolved",
                () -> execution.resolveFailure(id, new FailureForm(form.resolution(), form.decision(),
                        form.refundAmount(), form.version())));
    }

    @PostMapping("/close")
    @PreAuthorize(OFFICER)
    String close(@PathVariable UUID id, @ModelAttribute("close") VersionPage form, BindingResult errors,
                 Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "close", errors, "tasks.flash.closed",
                () -> execution.close(id, form.version()));
    }

    @PostMapping("/outcomes")
    @PreAuthorize(OFFICER)
    String outcome(@PathVariable UUID id, @Valid @ModelAttribute("outcome") OutcomePage form, BindingResult errors,
                   Authentication auth, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return act(new Context(id, auth, model, request, redirect), "outcome", errors, "tasks.flash.outcome-recorded",
                () -> execution.recordOutcome(auth.getName(), id, new OutcomeForm(form.kind(), form.occurredOn(),
                        form.description(), form.amount(), form.quantity(), form.evidence(), form.version())));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /**
     * Runs the command when the input is valid. Success and a stale version redirect to the task (with a flash);
     * a refused rule is added to the form's errors and the page is shown again with that form open.
     */
    private String act(Context c, String key, BindingResult errors, String successKey, Runnable command) {
        String task = "redirect:/tasks/" + c.id();
        if (!errors.hasErrors()) {
            try {
                command.run();
                FlashMessage.success(c.redirect(), successKey);
                return task;
            } catch (OptimisticLockingFailureException e) {
                FlashMessage.warning(c.redirect(), "tasks.page.version-conflict");
                return task;
            } catch (NotFoundException e) {
                throw e;
            } catch (RuleViolationException e) {
                if (e.field() != null) {
                    errors.addError(new FieldError(errors.getObjectName(), e.field(), null, false,
                            new String[] {e.messageKey()}, e.args(), e.messageKey()));
                } else {
                    reject(errors, e);
                }
            } catch (DomainException e) {
                reject(errors, e);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        c.request().getParameterMap().forEach((name, given) -> values.put(name, given.length == 0 ? "" : given[0]));
        return page.render(c.id(), c.auth(), c.model(), new TaskForms(key, errors, values));
    }

    private static void reject(BindingResult errors, DomainException e) {
        errors.addError(new ObjectError(errors.getObjectName(), new String[] {e.messageKey()}, e.args(),
                e.messageKey()));
    }

    /** Stores an uploaded file as an attachment of the task; null when nothing was chosen. */
    private UUID store(UUID id, MultipartFile file, Authentication auth) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            return execution.storeAttachment(callers.of(auth.getName()), id, content, file.getOriginalFilename(),
                    file.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deliverables typed one per line as {@code yyyy-mm-dd; name}. */
    static List<DeliverableForm> deliverables(String text) {
        List<DeliverableForm> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int cut = line.indexOf(';');
            try {
                if (cut < 0 || line.substring(cut + 1).isBlank()) {
                    throw new DateTimeParseException("no name", line, 0);
                }
                result.add(new DeliverableForm(line.substring(cut + 1).strip(),
                        LocalDate.parse(line.substring(0, cut).strip())));
            } catch (DateTimeParseException e) {
                throw new RuleViolationException("deliverables", "tasks.form.deliverable-unreadable", line.strip());
            }
        }
        return result;
    }
}
