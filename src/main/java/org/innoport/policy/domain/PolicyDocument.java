package org.innoport.policy.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.innoport.policy.DocumentKind;
import org.innoport.shared.RuleViolationException;

/** A policy document with the commitments it states and the documents it implements. */
@Entity
@Table(schema = "policy", name = "documents")
public class PolicyDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private LocalDate issuedOn;
    private int issuedYear;
    private String issuer;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String title;
    @Version
    private long version;
    @Column(updatable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(schema = "policy", name = "document_links", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "implemented_id"))
    private Set<PolicyDocument> implementsDocuments = new LinkedHashSet<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Commitment> commitments = new ArrayList<>();

    protected PolicyDocument() {
    }

    public PolicyDocument(String number, LocalDate issuedOn, int issuedYear, String issuer, DocumentKind kind,
                          String title, Instant now) {
        if (issuedOn != null && issuedOn.getYear() != issuedYear) {
            throw new RuleViolationException("issuedOn", "policy.document.date-year-mismatch");
        }
        this.number = number.strip();
        this.issuedOn = issuedOn;
        this.issuedYear = issuedYear;
        this.issuer = issuer.strip();
        this.kind = kind;
        this.title = title.strip();
        this.createdAt = now;
    }

    /**
     * Corrects the description and the links of a recorded document. Its number stays (targets and links cite it),
     * and its commitments may be reworded or added to but never dropped (targets cite their codes).
     */
    public void revise(LocalDate issuedOn, int issuedYear, String issuer, DocumentKind kind, String title,
                       Set<PolicyDocument> implemented, List<Commitment.Text> texts) {
        if (issuedOn != null && issuedOn.getYear() != issuedYear) {
            throw new RuleViolationException("issuedOn", "policy.document.date-year-mismatch");
        }
        for (Commitment existing : commitments) {
            if (texts.stream().noneMatch(t -> t.code().strip().equals(existing.code()))) {
                throw new RuleViolationException("commitments", "policy.commitment.cannot-remove", existing.code());
            }
        }
        this.issuedOn = issuedOn;
        this.issuedYear = issuedYear;
        this.issuer = issuer.strip();
        this.kind = kind;
        this.title = title.strip();
        implementsDocuments.clear();
        implemented.forEach(this::implement);
        for (Commitment.Text text : texts) {
            commitments.stream().filter(c -> c.code().equals(text.code().strip())).findFirst().ifPresentOrElse(
                    c -> c.reword(text.text(), text.targetYear()),
                    () -> addCommitment(text.code(), text.text(), text.targetYear()));
        }
    }

    /** Links this document to one it implements. A document cannot implement itself, directly or through others. */
    public void implement(PolicyDocument other) {
        if (other == this || other.implementsTransitively(this)) {
            throw new RuleViolationException("implementsNumbers", "policy.document.implements-cycle", other.number);
        }
        implementsDocuments.add(other);
    }

    private boolean implementsTransitively(PolicyDocument target) {
        for (PolicyDocument d : implementsDocuments) {
            if (d == target || d.implementsTransitively(target)) {
                return true;
            }
        }
        return false;
    }

    public void addCommitment(String code, String text, Integer targetYear) {
        if (commitments.stream().anyMatch(c -> c.code().equals(code))) {
            throw new RuleViolationException("commitments", "policy.commitment.duplicate", code);
        }
        commitments.add(new Commitment(this, code, text, targetYear, commitments.size()));
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public int issuedYear() {
        return issuedYear;
    }

    public String issuer() {
        return issuer;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }

    public Set<PolicyDocument> implementsDocuments() {
        return Set.copyOf(implementsDocuments);
    }

    public List<Commitment> commitments() {
        return List.copyOf(commitments);
    }
}
