package org.innoport.policy.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.innoport.platform.OpenDataCsv;
import org.innoport.platform.PageResponse;
import org.innoport.policy.DocumentKind;
import org.innoport.policy.DocumentView;
import org.innoport.policy.NewDocument;
import org.innoport.policy.PolicyDocuments;
import org.innoport.shared.NotFoundException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/documents}: public reading (JSON and CSV open data), recording for officers. */
@RestController
class DocumentApiController {

    private final PolicyDocuments documents;

    DocumentApiController(PolicyDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/documents")
    PageResponse<DocumentView> list(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        List<DocumentView> all = documents.all();
        int s = Math.clamp(size, 1, 200);
        int from = Math.min(Math.max(page, 0) * s, all.size());
        return PageResponse.of(new PageImpl<>(all.subList(from, Math.min(from + s, all.size())),
                PageRequest.of(Math.max(page, 0), s), all.size()));
    }

    @GetMapping("/api/v1/documents/{id}")
    DocumentView get(@PathVariable long id) {
        return documents.all().stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("document", id));
    }

    @PostMapping("/api/v1/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    DocumentView record(@Valid @RequestBody NewDocument command) {
        return documents.record(command);
    }

    /** Corrects a document: the fields of a new document plus the {@code version} read (stale -> 409). */
    @PutMapping("/api/v1/documents/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    DocumentView revise(@PathVariable long id, @Valid @RequestBody RevisedDocument body) {
        return documents.revise(id, body.version(), body.document());
    }

    /** The PUT body. */
    record RevisedDocument(@NotBlank @Size(max = 80) String number, LocalDate issuedOn,
                           @NotNull @Min(1945) @Max(2100) Integer issuedYear, @NotBlank @Size(max = 300) String issuer,
                           @NotNull DocumentKind kind, @NotBlank @Size(max = 2000) String title,
                           List<@NotBlank String> implementsNumbers,
                           List<NewDocument.@Valid NewCommitment> commitments, @NotNull Long version) {

        NewDocument document() {
            return new NewDocument(number, issuedOn, issuedYear, issuer, kind, title, implementsNumbers, commitments);
        }
    }

    @GetMapping("/api/v1/documents.csv")
    void csv(HttpServletResponse response) throws IOException {
        OpenDataCsv csv = OpenDataCsv.start(response, "documents.csv",
                "number", "issued_on", "issued_year", "issuer", "kind", "title", "implements", "commitments");
        for (DocumentView d : documents.all()) {
            csv.row(d.number(), d.issuedOn(), d.issuedYear(), d.issuer(), d.kind(), d.title(),
                    String.join(";", d.implementsNumbers()), d.commitments().size());
        }
        csv.flush();
    }
}
