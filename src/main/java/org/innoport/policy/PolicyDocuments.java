package org.innoport.policy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.innoport.policy.domain.Commitment;
import org.innoport.policy.domain.PolicyDocument;
import org.innoport.policy.domain.PolicyDocumentRepository;
import org.innoport.shared.NotFoundException;
import org.innoport.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of policy documents and their commitments. */
@Service
public class PolicyDocuments {

    private final PolicyDocumentRepository documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyDocuments(PolicyDocumentRepository documents, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** All documents, oldest first, with links both ways. */
    @Transactional(readOnly = true)
    public List<DocumentView> all() {
        List<PolicyDocument> all = documents.findAllWithLinks();
        Map<String, List<String>> implementedBy = all.stream()
                .flatMap(d -> d.implementsDocuments().stream().map(target -> Map.entry(target.number(), d.number())))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return all.stream().map(d -> view(d, implementedBy.getOrDefault(d.number(), List.of()))).toList();
    }

    /** @throws NotFoundException when no document has that number */
    @Transactional(readOnly = true)
    public DocumentView get(String number) {
        return all().stream().filter(d -> d.number().equals(number)).findFirst()
                .orElseThrow(() -> new NotFoundException("document", number));
    }

    @Transactional(readOnly = true)
    public Optional<CommitmentView> commitment(String code) {
        return all().stream().flatMap(d -> d.commitments().stream()).filter(c -> c.code().equals(code)).findFirst();
    }

    @Transactional(readOnly = true)
    public boolean exists(String number) {
        return documents.existsByNumber(number);
    }

    /**
     * Records a new document with its links and commitments.
     *
     * @throws RuleViolationException when the number is taken, a linked document is unknown, or links form a cycle
     */
    @Transactional
    public DocumentView record(NewDocument command) {
        if (documents.existsByNumber(command.number().strip())) {
            throw new RuleViolationException("number", "policy.document.number-taken", command.number());
        }
        PolicyDocument document = new PolicyDocument(command.number(), command.issuedOn(), command.issuedYear(),
                command.issuer(), command.kind(), command.title(), clock.instant());
        implementedDocuments(command).forEach(document::implement);
        if (command.commitments() != null) {
            command.commitments().forEach(c -> document.addCommitment(c.code(), c.text(), c.targetYear()));
        }
        documents.saveAndFlush(document);
        DocumentView view = view(document, List.of());
        events.publishEvent(new DocumentRecorded(view.number(), "policy.document.recorded", null, view));
        return view;
    }

    /**
     * Corrects a recorded document (the number cannot change; commitments can be reworded or added, not removed).
     *
     * @param version the version the caller read; a stale one gets {@code version.conflict}
     */
    @Transactional
    public DocumentView revise(long id, long version, NewDocument command) {
        PolicyDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
        if (document.version() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PolicyDocument.class, id);
        }
        if (!document.number().equals(command.number().strip())) {
            throw new RuleViolationException("number", "policy.document.number-fixed", document.number());
        }
        DocumentView before = get(document.number());
        document.revise(command.issuedOn(), command.issuedYear(), command.issuer(), command.kind(), command.title(),
                implementedDocuments(command), command.commitments() == null ? List.of() : command.commitments().stream()
                        .map(c -> new Commitment.Text(c.code(), c.text(), c.targetYear())).toList());
        documents.saveAndFlush(document);
        DocumentView after = get(document.number());
        events.publishEvent(new DocumentRecorded(after.number(), "policy.document.revised", before, after));
        return after;
    }

    /** The documents a command says it implements, each of which must be in the register. */
    private java.util.Set<PolicyDocument> implementedDocuments(NewDocument command) {
        java.util.Set<PolicyDocument> implemented = new java.util.LinkedHashSet<>();
        for (String number : command.implementsNumbers() == null ? List.<String>of() : command.implementsNumbers()) {
            implemented.add(documents.findByNumber(number.strip()).orElseThrow(
                    () -> new RuleViolationException("implementsNumbers", "policy.document.unknown", number)));
        }
        return implemented;
    }

    private static DocumentView view(PolicyDocument d, List<String> implementedBy) {
        return new DocumentView(d.id(), d.number(), d.issuedOn(), d.issuedYear(), d.issuer(), d.kind(), d.title(),
                d.implementsDocuments().stream().map(PolicyDocument::number).sorted().toList(),
                implementedBy.stream().sorted(Comparator.naturalOrder()).toList(),
                d.commitments().stream().map(c -> commitment(d, c)).toList(), d.version());
    }

    private static CommitmentView commitment(PolicyDocument d, Commitment c) {
        return new CommitmentView(c.code(), d.number(), c.text(), c.targetYear());
    }
}
