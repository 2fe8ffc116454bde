package org.innoport.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/** Published (and audited) when a council closes; results are final. */
public record CouncilClosed(UUID councilId, CouncilType type, CouncilSubject subject, String decisionNumber,
                            List<DossierResult> results, Instant closedAt) implements AuditedEvent {

    @Override
    public String aggregateType() {
        return "Council";
    }

    @Override
    public String aggregateId() {
        return councilId.toString();
    }

    @Override
    public String action() {
        return "council.closed";
    }

    @Override
    public Object before() {
        return Map.of("state", "CONVENED");
    }

    @Override
    public Object after() {
        return Map.of("state", "CLOSED", "results", results);
    }
}
