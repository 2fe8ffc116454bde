package org.innoport.audit.web;

import java.util.List;
import org.innoport.audit.AuditEntry;
import org.springframework.data.domain.Page;

/** A page of audit rows as the API returns it. */
record EntryPage(List<AuditEntry> items, int page, int size, long totalElements, int totalPages) {

    static EntryPage of(Page<AuditEntry> page) {
        return new EntryPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
