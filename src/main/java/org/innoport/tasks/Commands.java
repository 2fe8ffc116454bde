package org.innoport.tasks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.shared.Money;

/** Request records of the module's API (commands). */
public final class Commands {

    private Commands() {
    }

    public record OpenRound(@NotBlank @Size(max = 300) String name, @NotNull Instant opensAt,
                            @NotNull Instant closesAt) {
    }

    public record ProposalForm(@NotNull UUID roundId, @NotBlank @Size(max = 500) String title, @NotNull TaskType type,
                               @NotNull TaskLevel level, @NotNull UUID programmeId,
                               @NotBlank @Size(max = 10000) String problem,
                               @NotBlank @Size(max = 10000) String objectives,
                               @NotBlank @Size(max = 10000) String expectedResults, @NotNull Money estimatedBudget,
                               @Min(1) @Max(120) int durationMonths, Long version) {
    }

    /** A transition with the version the client saw and, for a refusal, its reasons. */
    public record Decision(Long version, @Size(max = 4000) String reasons) {

        public static Decision none() {
            return new Decision(null, null);
        }
    }

    public record ListTask(@NotNull SelectionMode selectionMode, @NotNull Money budgetCeiling, Long version) {
    }

    public record OpenCall(@NotBlank @Size(max = 500) String title, @NotNull Instant opensAt,
                           @NotNull Instant closesAt, @NotEmpty Set<UUID> listingIds) {
    }

    public record ApplicationForm(@NotNull UUID callId, @NotNull UUID listingId, @NotNull UUID piPersonId,
                                  Set<UUID> teamPersonIds, @Size(max = 20000) String content,
                                  @NotNull @Valid List<BudgetLine> budgetLines, Long version) {
    }

    public record Appraise(@NotEmpty @Valid List<BudgetLine> lines, Long version) {
    }
}
