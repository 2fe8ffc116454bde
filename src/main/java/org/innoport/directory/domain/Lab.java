package org.innoport.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
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
import org.innoport.directory.LabStatus;
import org.innoport.directory.search.VietnameseCollation;
import org.innoport.shared.RuleViolationException;

/** A VILAS-accredited lab (ISO/IEC 17025) of an organisation; accreditation is valid for at most 3 years. */
@Entity
@Table(name = "lab", schema = "directory")
@Indexed(index = "directory-lab")
public class Lab {

    public static final String DEFAULT_STANDARD = "ISO/IEC 17025:2017";

    @Id
    private UUID id;

    @FullTextField(analyzer = "vi")
    @FullTextField(name = "name_exact", analyzer = "vi_exact")
    @FullTextField(name = "name_shingle", analyzer = "vi_shingle")
    @KeywordField(name = "name_sort", sortable = Sortable.YES,
            valueBridge = @ValueBridgeRef(type = VietnameseCollation.class))
    private String name;

    @KeywordField(name = "organisation", valueBridge = @ValueBridgeRef(type = UuidBridge.class))
    private UUID organisationId;

    private String vilasNumber;
    private String standard;
    private String testTypes;

    @GenericField
    private LocalDate validFrom;

    @GenericField
    private LocalDate validTo;

    private boolean sample;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "lab_field", schema = "directory", joinColumns = @JoinColumn(name = "lab_id"))
    @Column(name = "code")
    @BatchSize(size = 100)
    @KeywordField(name = "field", aggregable = Aggregable.YES)
    private Set<String> fields = new TreeSet<>();

    protected Lab() {
    }

    public Lab(UUID id, LabData data, boolean sample, Instant now) {
        this.id = id;
        this.sample = sample;
        this.createdAt = now;
        apply(data, now);
    }

    public void apply(LabData data, Instant now) {
        LocalDate to = data.validTo();
        if (data.validFrom() != null && to == null) {
            to = data.validFrom().plusYears(3).minusDays(1);
        }
        if (data.validFrom() != null && to != null) {
            if (to.isBefore(data.validFrom())) {
                throw new RuleViolationException("validTo", "directory.lab.validity.order");
            }
            if (to.isAfter(data.validFrom().plusYears(3))) {
                throw new RuleViolationException("validTo", "directory.lab.validity.three-years");
            }
        }
        this.name = data.name();
        this.organisationId = data.organisationId();
        this.vilasNumber = data.vilasNumber();
        this.standard = data.standard() == null ? DEFAULT_STANDARD : data.standard();
        this.testTypes = data.testTypes();
        this.validFrom = data.validFrom();
        this.validTo = to;
        this.fields.clear();
        this.fields.addAll(data.fields());
        this.updatedAt = now;
    }

    public void moveTo(UUID organisation, Instant now) {
        this.organisationId = organisation;
        this.updatedAt = now;
    }

    public LabStatus statusOn(LocalDate day) {
        return LabStatus.on(day, validFrom, validTo);
    }

    @FullTextField(name = "text", analyzer = "vi")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "vilasNumber")),
            @ObjectPath(@PropertyValue(propertyName = "testTypes"))})
    public String getSearchText() {
        return ((vilasNumber == null ? "" : vilasNumber) + " " + (testTypes == null ? "" : testTypes)).strip();
    }

    /** Labs and equipment have no record status; the field exists so one query can span all directory indexes. */
    @KeywordField(name = "status")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchStatus() {
        return "ACTIVE";
    }

    /** The name with abbreviations expanded, as for organisations, so one text query fits every index. */
    @FullTextField(name = "canonical", analyzer = "vi")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "name")))
    public String getCanonicalName() {
        return org.innoport.directory.search.VietnameseText.canonicalName(name);
    }

    @KeywordField(name = "kind", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchKind() {
        return "LAB";
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getVilasNumber() {
        return vilasNumber;
    }

    public String getStandard() {
        return standard;
    }

    public String getTestTypes() {
        return testTypes;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
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
}
