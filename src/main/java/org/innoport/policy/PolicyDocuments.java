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
        for (String number : command.implementsNumbers() == null ? List.<String>of() : command.implementsNumbers()) {
            document.implement(documents.findByNumber(number.strip()).orElseThrow(
                    () -> new RuleViolationException("implementsNumbers", "policy.document.unknown", number)));
        }
        if (command.commitments() != null) {
            command.commitments().forEach(c -> document.addCommitment(c.code(), c.text(), c.targetYear()));
        }
        documents.saveAndFlush(document);
        DocumentView view = view(document, List.of());
        events.publishEvent(new DocumentRecorded(view.number(), "policy.document.recorded", null, view));
        return view;
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
