package org.innoport.audit.web;

import org.innoport.audit.AuditTrail;
import org.innoport.audit.ChainVerification;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit}: prove the chain intact and search the trail (ADMIN only, by URL rule). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verify")
    ChainVerification verify() {
        return trail.verify();
    }

    /** Filters: user, aggregateType, aggregateId, action (prefix), from/to (yyyy-MM-dd or dd/MM/yyyy, inclusive). */
    @GetMapping("/entries")
    EntryPage entries(
            @ParameterObject @ModelAttribute AuditFilterForm filter,
            @ParameterObject @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return EntryPage.of(trail.search(filter.toFilter(), pageable));
    }
}
