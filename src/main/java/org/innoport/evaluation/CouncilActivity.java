package org.innoport.evaluation;

import java.util.UUID;
import org.innoport.shared.AuditedEvent;

/**
 * Something happened to a council or one of its score sheets (created, member added, declared, convened, sheet saved
 * or signed...). Audited; {@link CouncilClosed} is the one other modules react to.
 *
 * @param aggregateType {@code Council} or {@code ScoreSheet}
 * @param id the council's or the sheet's ID
 * @param action e.g. {@code council.convened}, {@code sheet.signed}
 */
public record CouncilActivity(String aggregateType, UUID id, String action, Object before, Object after)
        implements AuditedEvent {

    public static CouncilActivity council(UUID councilId, String action, Object before, Object after) {
        return new CouncilActivity("Council", councilId, action, before, after);
    }

    public static CouncilActivity sheet(UUID sheetId, String action, Object before, Object after) {
        return new CouncilActivity("ScoreSheet", sheetId, action, before, after);
    }

    @Override
    public String aggregateId() {
        return id.toString();
    }
}
