package org.innoport.tasks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** A LEADER approved a city-level task after selection and budget appraisal; the task now exists as APPROVED. */
public record TaskApproved(UUID taskId, String code, String title, UUID programmeId, UUID hostOrganisationId,
                           UUID principalInvestigatorId, List<BudgetLine> approvedBudget, Instant approvedAt)
        implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Task";
    }

    @Override
    public String aggregateId() {
        return taskId.toString();
    }

    @Override
    public String action() {
        return "task.approved";
    }

    @Override
    public Object after() {
        return this;
    }
}
