package org.innoport.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A score sheet: to its member, or to staff (never to applicants). */
public record SheetView(UUID id, UUID councilId, UUID dossierId, UUID memberId, String memberName,
                        Map<String, BigDecimal> scores, BigDecimal total, String comment, boolean signed,
                        Instant signedAt, long version) {
}
