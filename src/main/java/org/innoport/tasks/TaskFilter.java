package org.innoport.tasks;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innoport.tasks.domain.Task;
import org.innoport.tasks.domain.TaskStatus;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the task list: level, programme, field, status, year of approval,
 * host organisation and a text query on code and title. One SQL statement for the page and one for the count.
 */
public record TaskFilter(TaskLevel level, UUID programmeId, String field, String status, Integer year, UUID host,
                         String q) {

    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null, null);
    }

    private static TaskStatus status(String value) {
        try {
            return TaskStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new org.innoport.shared.RuleViolationException("status", "tasks.value.unknown");
        }
    }

    Specification<Task> specification(UUID onlyHost) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (onlyHost != null) {
                where.add(cb.equal(root.get("hostOrganisationId"), onlyHost));
            }
            if (level != null) {
                where.add(cb.equal(root.get("level"), level));
            }
            if (programmeId != null) {
                where.add(cb.equal(root.get("programmeId"), programmeId));
            }
            if (field != null && !field.isBlank()) {
                where.add(cb.equal(root.get("field"), field.strip()));
            }
            if (status != null && !status.isBlank()) {
                where.add(cb.equal(root.get("status"), status(status)));
            }
            if (year != null) {
                where.add(cb.between(root.get("approvedAt"), LocalDate.of(year, 1, 1).atStartOfDay(CITY).toInstant(),
                        LocalDate.of(year, 12, 31).plusDays(1).atStartOfDay(CITY).toInstant().minusNanos(1000)));
            }
            if (host != null) {
                where.add(cb.equal(root.get("hostOrganisationId"), host));
            }
            if (q != null && !q.isBlank()) {
                String like = "%" + q.strip().toLowerCase() + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like), cb.like(cb.lower(root.get("code")), like)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
