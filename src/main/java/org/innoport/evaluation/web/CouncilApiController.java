package org.innoport.evaluation.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.innoport.evaluation.ApplicantFeedback;
import org.innoport.evaluation.Attendance;
import org.innoport.evaluation.CouncilManagement;
import org.innoport.evaluation.CouncilMinutes;
import org.innoport.evaluation.CouncilSummary;
import org.innoport.evaluation.CouncilView;
import org.innoport.evaluation.Councils;
import org.innoport.evaluation.DossierResult;
import org.innoport.evaluation.NewCouncil;
import org.innoport.evaluation.NewDeclaration;
import org.innoport.evaluation.NewMember;
import org.innoport.evaluation.Scoring;
import org.innoport.evaluation.SheetInput;
import org.innoport.evaluation.SheetView;
import org.innoport.evaluation.TemplateView;
import org.innoport.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/councils}: councils, members, declarations, sheets, convene, close, minutes, feedback. */
@RestController
@RequestMapping("/api/v1/councils")
class CouncilApiController {

    private final Councils councils;
    private final CouncilManagement management;
    private final Scoring scoring;
    private final CouncilMinutes minutes;
    private final FeedbackAccess feedbackAccess;

    CouncilApiController(Councils councils, CouncilManagement management, Scoring scoring, CouncilMinutes minutes,
                         FeedbackAccess feedbackAccess) {
        this.councils = councils;
        this.management = management;
        this.scoring = scoring;
        this.minutes = minutes;
        this.feedbackAccess = feedbackAccess;
    }

    @GetMapping
    PageResponse<CouncilSummary> list(@PageableDefault(size = 20) Pageable pageable) {
        return PageResponse.of(councils.list(pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CouncilView create(@Valid @RequestBody NewCouncil command) {
        return management.create(command);
    }

    @GetMapping("/templates")
    List<TemplateView> templates() {
        return councils.templates();
    }

    @GetMapping("/{id}")
    CouncilView get(@PathVariable UUID id) {
        return councils.get(id);
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.CREATED)
    CouncilView addMember(@PathVariable UUID id, @Valid @RequestBody NewMember command) {
        return management.addMember(id, command);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    CouncilView removeMember(@PathVariable UUID id, @PathVariable UUID memberId) {
        return management.removeMember(id, memberId);
    }

    @PostMapping("/{id}/declarations")
    CouncilView declare(@PathVariable UUID id, @Valid @RequestBody NewDeclaration declaration) {
        return scoring.declare(id, declaration);
    }

    @PostMapping("/{id}/convene")
    CouncilView convene(@PathVariable UUID id, @Valid @RequestBody Attendance attendance) {
        return management.convene(id, attendance);
    }

    @PostMapping("/{id}/close")
    CouncilView close(@PathVariable UUID id) {
        return management.close(id);
    }

    @GetMapping("/{id}/sheets")
    List<SheetView> sheets(@PathVariable UUID id) {
        return scoring.sheets(id);
    }

    @GetMapping("/{id}/sheets/{dossierId}")
    SheetView sheet(@PathVariable UUID id, @PathVariable UUID dossierId) {
        return scoring.mySheet(id, dossierId);
    }

    @PutMapping("/{id}/sheets/{dossierId}")
    SheetView saveSheet(@PathVariable UUID id, @PathVariable UUID dossierId, @Valid @RequestBody SheetInput input) {
        return scoring.save(id, dossierId, input);
    }

    @PostMapping("/{id}/sheets/{dossierId}/sign")
    SheetView sign(@PathVariable UUID id, @PathVariable UUID dossierId, @RequestBody(required = false) Version body) {
        return scoring.sign(id, dossierId, body == null ? null : body.version());
    }

    @GetMapping("/{id}/results")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER', 'ADMIN')")
    List<DossierResult> results(@PathVariable UUID id) {
        return councils.results(id);
    }

    @GetMapping("/{id}/minutes.pdf")
    @PreAuthorize("hasAnyRole('OFFICER', 'LEADER', 'ADMIN')")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bien-ban-" + id + ".pdf\"")
                .body(minutes.pdf(id));
    }

    /** The applicant's aggregated view of one dossier; the dossier's owning module says who may read it. */
    @GetMapping("/feedback/{dossierId}")
    ApplicantFeedback feedback(@PathVariable UUID dossierId, Authentication authentication) {
        feedbackAccess.require(dossierId, authentication);
        return councils.feedback(dossierId);
    }

    record Version(Long version) {
    }
}
