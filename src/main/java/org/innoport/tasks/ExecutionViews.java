package org.innoport.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.innoport.shared.Money;

/** Read records of a task's implementation, acceptance and outcomes (issue 5). */
public final class ExecutionViews {

    private ExecutionViews() {
    }

    /** Approved, disbursed and settled amounts of one source in one fiscal year (year 0 = all years). */
    public record MoneyRow(FundingSource source, int fiscalYear, Money approved, Money disbursed, Money settled,
                           Money remaining) {
    }

    public record MoneyView(List<MoneyRow> byYear, List<MoneyRow> bySource, Money approved, Money disbursed,
                            Money settled) {
    }

    public record ContractView(String number, LocalDate date, String parties, int durationMonths,
                               LocalDate startDate, LocalDate endDate, List<DeliverableView> deliverables) {
    }

    public record DeliverableView(String name, LocalDate dueDate) {
    }

    public record DisbursementView(UUID id, String kind, FundingSource source, int fiscalYear, Money amount,
                                   String decisionNumber, LocalDate decisionDate, String recordedBy,
                                   Instant recordedAt) {
    }

    public record ReportView(UUID id, int periodNo, LocalDate dueDate, String status, boolean overdue,
                             String summary, UUID fileId, String submittedBy, Instant submittedAt, String reviewedBy,
                             String reasons) {
    }

    public record InspectionView(UUID id, LocalDate inspectedOn, String findings, String followUp,
                                 String recordedBy) {
    }

    public record ChangeView(UUID id, String kind, String reason, Integer months, UUID newPiPersonId,
                             List<BudgetLine> budgetLines, boolean budgetChange, String status, String requestedBy,
                             String decidedBy, String decisionNote) {
    }

    public record AcceptanceView(UUID selfEvaluationFileId, Instant submittedAt, UUID councilId, String rating,
                                 BigDecimal mean, String recognitionDecision, LocalDate recognitionDate,
                                 LocalDate liquidationDate, String registrationNumber, LocalDate registrationDate,
                                 String failureResolution, String failureDecision, Money refundAmount,
                                 Instant closedAt) {
    }

    public record OutcomeView(UUID id, String kind, LocalDate occurredOn, String description, Money amount,
                              Integer quantity, String evidence, String recordedBy) {
    }

    /** The whole file of a task: what part 1 approved plus everything since. */
    public record TaskFile(UUID id, String code, String title, TaskLevel level, String status, String statusReason,
                           UUID hostOrganisationId, UUID piPersonId, UUID programmeId, int durationMonths,
                           ContractView contract, List<BudgetLine> approvedBudget, MoneyView money,
                           List<DisbursementView> disbursements, List<ReportView> progressReports,
                           List<InspectionView> inspections, List<ChangeView> changeRequests,
                           AcceptanceView acceptance, List<OutcomeView> outcomes, long version) {
    }
}
