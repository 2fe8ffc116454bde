package org.innoport.tasks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innoport.shared.Money;

/** Request records of a task's implementation, acceptance and outcomes (issue 5). */
public final class ExecutionCommands {

    private ExecutionCommands() {
    }

    public record DeliverableForm(@NotBlank @Size(max = 1000) String name, @NotNull LocalDate dueDate) {
    }

    public record ContractForm(@NotBlank @Size(max = 60) String number, @NotNull LocalDate date,
                               @NotBlank @Size(max = 4000) String parties, @Min(1) @Max(120) int durationMonths,
                               @NotNull LocalDate startDate, @Valid List<DeliverableForm> deliverables,
                               Long version) {
    }

    public record DisbursementForm(@NotNull String kind, @NotNull FundingSource source,
                                   @Min(2000) @Max(2100) int fiscalYear, @NotNull Money amount,
                                   @NotBlank @Size(max = 60) String decisionNumber, @NotNull LocalDate decisionDate,
                                   Long version) {
    }

    public record ReportForm(@NotBlank @Size(max = 10000) String summary, UUID fileId, Long version) {
    }

    public record Review(Long version, @Size(max = 4000) String reasons) {
    }

    public record InspectionForm(@NotNull LocalDate inspectedOn, @NotBlank @Size(max = 10000) String findings,
                                 @Size(max = 10000) String followUp, Long version) {
    }

    public record ChangeForm(@NotNull String kind, @NotBlank @Size(max = 4000) String reason, Integer months,
                             UUID newPiPersonId, @Valid List<BudgetLine> budgetLines, Boolean budgetChange,
                             Long version) {
    }

    public record AcceptanceForm(UUID selfEvaluationFileId, Long version) {
    }

    public record DecisionForm(@NotBlank @Size(max = 60) String number, @NotNull LocalDate date, Long version) {
    }

    public record LiquidationForm(@NotNull @Valid List<BudgetLine> settlement, @NotNull LocalDate date,
                                  Long version) {
    }

    public record FailureForm(@NotNull String resolution, @NotBlank @Size(max = 60) String decision,
                              Money refundAmount, Long version) {
    }

    public record OutcomeForm(@NotNull String kind, @NotNull LocalDate occurredOn,
                              @NotBlank @Size(max = 4000) String description, Money amount, Integer quantity,
                              @NotBlank @Size(max = 1000) String evidence, Long version) {
    }

    /** Field (level-1 S&T field code) and host-organisation type of a task, as the portfolio groups them. */
    public record ClassifyForm(@Size(max = 20) String field, @Size(max = 40) String hostType, Long version) {
    }
}
