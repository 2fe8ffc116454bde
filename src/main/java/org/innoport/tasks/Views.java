package org.innoport.tasks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import org.innoport.shared.Money;

/** Read records of the module's API. */
public final class Views {

    private Views() {
    }

    public record ProgrammeView(UUID id, String code, ProgrammeKind kind, String name, int periodFrom, int periodTo,
                                String managingUnit, List<String> policyNumbers, SortedMap<Integer, Money> ceilings,
                                long version) {
    }

    /** A programme's state budget in one fiscal year: ceiling, approved for tasks, remaining. */
    public record ProgrammeYear(int fiscalYear, Money ceiling, Money approved, Money remaining) {
    }

    public record RoundView(UUID id, String name, Instant opensAt, Instant closesAt, boolean open, long version) {
    }

    public record ProposalView(UUID id, UUID roundId, String proposer, UUID organisationId, String title,
                               TaskType type, TaskLevel level, UUID programmeId, String problem, String objectives,
                               String expectedResults, Money estimatedBudget, int durationMonths, String status,
                               String reasons, UUID councilId, BigDecimal score, Instant submittedAt,
                               Instant updatedAt, long version) {
    }

    public record ListingView(UUID id, UUID proposalId, String title, TaskType type, UUID programmeId,
                              SelectionMode selectionMode, Money budgetCeiling, int durationMonths, String status,
                              String decidedBy, Instant decidedAt, long version) {
    }

    public record CallView(UUID id, String title, Instant opensAt, Instant closesAt, String phase,
                           Set<UUID> listingIds, long version) {
    }

    /** Totals of a budget plan, which always agree with its lines. */
    public record BudgetTotals(Money total, Map<FundingSource, Money> bySource, SortedMap<Integer, Money> byYear) {
    }

    public record ApplicationView(UUID id, UUID callId, UUID listingId, UUID organisationId, String createdBy,
                                  UUID piPersonId, Set<UUID> teamPersonIds, String content,
                                  List<BudgetLine> budgetLines, BudgetTotals budgetTotals, String status,
                                  String reasons, BigDecimal score, Integer rankInGroup,
                                  List<BudgetLine> approvedBudget, BudgetTotals approvedTotals,
                                  Set<UUID> attachmentIds, Instant submittedAt, Instant updatedAt, long version) {
    }

    public record TaskView(UUID id, String code, String title, TaskLevel level, TaskType type,
                           UUID hostOrganisationId, UUID piPersonId, UUID programmeId, UUID listingId,
                           UUID applicationId, int durationMonths, String status, List<BudgetLine> approvedBudget,
                           BudgetTotals budgetTotals, String approvedBy, Instant approvedAt, String field,
                           String hostType, boolean sample, long version) {
    }
}
