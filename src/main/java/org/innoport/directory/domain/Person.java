package org.innoport.directory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.innoport.directory.AcademicTitle;
import org.innoport.directory.Degree;
import org.innoport.directory.PersonStatus;
import org.innoport.directory.search.VietnameseCollation;
import org.innoport.directory.search.VietnameseText;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;

/**
 * A researcher, expert or contact person. Contact details and birth data are personal data: the service shows them
 * only to officers, leaders, administrators and the person (the account named in {@code accountUsername}).
 * An officer may put the person in the expert pool with the fields they may evaluate.
 */
@Entity
@Table(name = "person", schema = "directory")
@Indexed(index = "directory-person")
public class Person {

    @Id
    private UUID id;

    @FullTextField(name = "name", analyzer = "vi")
    @FullTextField(name = "name_exact", analyzer = "vi_exact")
    @FullTextField(name = "name_shingle", analyzer = "vi_shingle")
    @KeywordField(name = "name_sort", sortable = Sortable.YES,
            valueBridge = @ValueBridgeRef(type = VietnameseCollation.class))
    private String fullName;

    @Enumerated(EnumType.STRING)
    private AcademicTitle academicTitle;

    @Enumerated(EnumType.STRING)
    private Degree degree;

    @KeywordField
    private String orcid;
    private String email;
    private String phone;
    private LocalDate birthDate;
    private String birthPlace;
    private String shortCv;
    private String accountUsername;

    @GenericField
    private boolean expert;
    private LocalDate expertSince;
    private String expertNote;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private PersonStatus status;

    private UUID mergedIntoId;

    @FullTextField(name = "canonical", analyzer = "vi")
    private String canonicalName;

    private boolean sample;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "person_field", schema = "directory", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "code")
    @BatchSize(size = 100)
    @KeywordField(name = "field", aggregable = Aggregable.YES)
    private Set<String> fields = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "person_keyword", schema = "directory", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "keyword")
    @BatchSize(size = 100)
    @FullTextField(name = "text", analyzer = "vi")
    private Set<String> keywords = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_field", schema = "directory", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "code")
    @BatchSize(size = 100)
    @KeywordField(name = "expert_field")
    private Set<String> expertFields = new TreeSet<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("from")
    @BatchSize(size = 100)
    private List<Affiliation> affiliations = new ArrayList<>();

    protected Person() {
    }

    public Person(UUID id, PersonData data, boolean sample, Instant now) {
        this.id = id;
        this.status = PersonStatus.ACTIVE;
        this.sample = sample;
        this.createdAt = now;
        apply(data, now);
    }

    public void apply(PersonData data, Instant now) {
        requireActive();
        this.fullName = data.fullName();
        this.academicTitle = data.academicTitle();
        this.degree = data.degree();
        this.orcid = data.orcid();
        this.email = data.email();
        this.phone = data.phone();
        this.birthDate = data.birthDate();
        this.birthPlace = data.birthPlace();
        this.shortCv = data.shortCv();
        this.accountUsername = data.accountUsername();
        this.fields.clear();
        this.fields.addAll(data.fields());
        this.keywords.clear();
        this.keywords.addAll(data.keywords());
        this.affiliations.clear();
        for (PersonData.AffiliationData a : data.affiliations()) {
            if (a.from() != null && a.to() != null && a.to().isBefore(a.from())) {
                throw new RuleViolationException("affiliations", "directory.affiliation.period");
            }
            this.affiliations.add(new Affiliation(this, a.organisationId(), a.position(), a.from(), a.to()));
        }
        this.canonicalName = VietnameseText.canonicalName(data.fullName());
        this.updatedAt = now;
    }

    public void addToExpertPool(Set<String> evaluableFields, String note, LocalDate today, Instant now) {
        requireActive();
        if (evaluableFields.isEmpty()) {
            throw new RuleViolationException("fields", "directory.expert.fields.required");
        }
        if (!expert) {
            this.expertSince = today;
        }
        this.expert = true;
        this.expertFields.clear();
        this.expertFields.addAll(evaluableFields);
        this.expertNote = note;
        this.updatedAt = now;
    }

    public void removeFromExpertPool(Instant now) {
        requireActive();
        if (!expert) {
            throw new IllegalTransitionException("directory.expert.not-member");
        }
        this.expert = false;
        this.expertSince = null;
        this.expertFields.clear();
        this.expertNote = null;
        this.updatedAt = now;
    }

    /** This record duplicated {@code survivor}: affiliations, fields, keywords and expert fields move to it. */
    public void mergeInto(Person survivor, Instant now) {
        requireActive();
        if (survivor.id.equals(id)) {
            throw new RuleViolationException("targetId", "directory.merge.same");
        }
        if (survivor.status == PersonStatus.MERGED) {
            throw new IllegalTransitionException("directory.merge.target-merged");
        }
        for (Affiliation affiliation : affiliations) {
            survivor.affiliations.add(affiliation.copyFor(survivor));
        }
        survivor.fields.addAll(fields);
        survivor.keywords.addAll(keywords);
        if (expert) {
            if (!survivor.expert) {
                survivor.expert = true;
                survivor.expertSince = expertSince;
            }
            survivor.expertFields.addAll(expertFields);
        }
        if (survivor.orcid == null && orcid != null) {
            survivor.pendingOrcid = orcid;
        }
        survivor.updatedAt = now;
        this.status = PersonStatus.MERGED;
        this.mergedIntoId = survivor.id;
        this.updatedAt = now;
    }

    @jakarta.persistence.Transient
    private String pendingOrcid;

    /** Completes a merge once the merged record is stored as MERGED (ORCID is unique among active records only). */
    public void takePendingOrcid() {
        if (pendingOrcid != null) {
            this.orcid = pendingOrcid;
            this.pendingOrcid = null;
        }
    }

    public void moveAffiliations(UUID fromOrganisation, UUID toOrganisation) {
        affiliations.stream().filter(a -> fromOrganisation.equals(a.getOrganisationId()))
                .forEach(a -> a.moveTo(toOrganisation));
    }

    private void requireActive() {
        if (status == PersonStatus.MERGED) {
            throw new IllegalTransitionException("directory.person.merged");
        }
    }

    /** Organisations the person is affiliated with, for "people of organisation X". */
    @KeywordField(name = "organisation")
    @IndexingDependency(derivedFrom = @ObjectPath({@PropertyValue(propertyName = "affiliations"),
            @PropertyValue(propertyName = "organisationId")}))
    public List<String> getOrganisationKeys() {
        return affiliations.stream().map(a -> a.getOrganisationId().toString()).distinct().toList();
    }

    @KeywordField(name = "kind", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchKind() {
        return "PERSON";
    }

    public UUID getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public AcademicTitle getAcademicTitle() {
        return academicTitle;
    }

    public Degree getDegree() {
        return degree;
    }

    public String getOrcid() {
        return orcid;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public String getShortCv() {
        return shortCv;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public boolean isExpert() {
        return expert;
    }

    public LocalDate getExpertSince() {
        return expertSince;
    }

    public String getExpertNote() {
        return expertNote;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public UUID getMergedIntoId() {
        return mergedIntoId;
    }

    public String getCanonicalName() {
        return canonicalName;
    }

    public boolean isSample() {
        return sample;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }

    public Set<String> getFields() {
        return Collections.unmodifiableSet(fields);
    }

    public Set<String> getKeywords() {
        return Collections.unmodifiableSet(keywords);
    }

    public Set<String> getExpertFields() {
        return Collections.unmodifiableSet(expertFields);
    }

    public List<Affiliation> getAffiliations() {
        return Collections.unmodifiableList(affiliations);
    }
}
