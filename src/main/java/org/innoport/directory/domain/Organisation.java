package org.innoport.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.innoport.directory.EnterpriseSubtype;
import org.innoport.directory.OrganisationStatus;
import org.innoport.directory.OrganisationType;
import org.innoport.directory.search.VietnameseCollation;
import org.innoport.directory.search.VietnameseText;
import org.innoport.shared.IllegalTransitionException;

/**
 * An organisation of the directory. "Is an S&T organisation" is derived from its S&T activity registration.
 * A merged organisation stays, as MERGED, pointing at the survivor.
 */
@Entity
@Table(name = "organisation", schema = "directory")
@Indexed(index = "directory-organisation")
public class Organisation {

    @Id
    private UUID id;

    @FullTextField(analyzer = "vi")
    @FullTextField(name = "name_exact", analyzer = "vi_exact")
    @FullTextField(name = "name_shingle", analyzer = "vi_shingle")
    @KeywordField(name = "name_sort", sortable = Sortable.YES,
            valueBridge = @ValueBridgeRef(type = VietnameseCollation.class))
    private String name;

    private String nameEn;
    private String abbreviation;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    private EnterpriseSubtype enterpriseSubtype;

    @KeywordField
    private String taxCode;

    private String registrationNumber;
    private LocalDate registrationDate;
    private String street;
    private String commune;

    @KeywordField(aggregable = Aggregable.YES)
    private String province;

    @KeywordField(valueBridge = @ValueBridgeRef(type = UuidBridge.class))
    private UUID parentId;

    private String website;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private OrganisationStatus status;

    private UUID mergedIntoId;

    @FullTextField(name = "canonical", analyzer = "vi")
    private String canonicalName;

    private boolean sample;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "organisation_field", schema = "directory", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "code")
    @BatchSize(size = 100)
    @KeywordField(name = "field", aggregable = Aggregable.YES)
    private Set<String> fields = new TreeSet<>();

    protected Organisation() {
    }

    public Organisation(UUID id, OrganisationData data, boolean sample, Instant now) {
        this.id = id;
        this.status = OrganisationStatus.ACTIVE;
        this.sample = sample;
        this.createdAt = now;
        apply(data, now);
    }

    /** Replaces the editable data. */
    public void apply(OrganisationData data, Instant now) {
        requireNotMerged();
        if (id.equals(data.parentId())) {
            throw new org.innoport.shared.RuleViolationException("parentId", "directory.organisation.parent.self");
        }
        this.name = data.name();
        this.nameEn = data.nameEn();
        this.abbreviation = data.abbreviation();
        this.type = data.type();
        this.enterpriseSubtype = data.type().isEnterprise() ? data.enterpriseSubtype() : null;
        this.taxCode = data.taxCode();
        this.registrationNumber = data.registrationNumber();
        this.registrationDate = data.registrationNumber() == null ? null : data.registrationDate();
        this.street = data.street();
        this.commune = data.commune();
        this.province = data.province();
        this.parentId = data.parentId();
        this.website = data.website();
        this.fields.clear();
        this.fields.addAll(data.fields());
        this.canonicalName = VietnameseText.canonicalName(data.name());
        this.updatedAt = now;
    }

    public void changeStatus(OrganisationStatus next, Instant now) {
        requireNotMerged();
        if (next == OrganisationStatus.MERGED) {
            throw new IllegalTransitionException("directory.organisation.status.merge-only");
        }
        this.status = next;
        this.updatedAt = now;
    }

    /** This record was a duplicate of {@code survivor}: it stays, marked MERGED, pointing at the survivor. */
    public void mergeInto(Organisation survivor, Instant now) {
        requireNotMerged();
        if (survivor.id.equals(id)) {
            throw new org.innoport.shared.RuleViolationException("targetId", "directory.merge.same");
        }
        if (survivor.status == OrganisationStatus.MERGED) {
            throw new IllegalTransitionException("directory.merge.target-merged");
        }
        survivor.fields.addAll(fields);
        if (survivor.parentId != null && survivor.parentId.equals(id)) {
            survivor.parentId = parentId;
        }
        this.status = OrganisationStatus.MERGED;
        this.mergedIntoId = survivor.id;
        this.updatedAt = now;
        survivor.updatedAt = now;
    }

    /** A child of a merged organisation moves under the survivor. */
    public void replaceParent(UUID mergedParent, UUID survivor, Instant now) {
        if (mergedParent.equals(parentId)) {
            this.parentId = survivor.equals(id) ? null : survivor;
            this.updatedAt = now;
        }
    }

    private void requireNotMerged() {
        if (status == OrganisationStatus.MERGED) {
            throw new IllegalTransitionException("directory.organisation.merged");
        }
    }

    /** Registered for S&T activity (has a registration certificate number). */
    @GenericField(name = "st", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "registrationNumber")))
    public boolean isScienceTechnologyOrganisation() {
        return registrationNumber != null && !registrationNumber.isBlank();
    }

    /** Other names users may type, for the search's secondary text field. */
    @FullTextField(name = "text", analyzer = "vi")
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "nameEn")),
            @ObjectPath(@PropertyValue(propertyName = "abbreviation")),
            @ObjectPath(@PropertyValue(propertyName = "taxCode"))})
    public String getSearchText() {
        return String.join(" ", List.of(nameEn == null ? "" : nameEn, abbreviation == null ? "" : abbreviation,
                taxCode == null ? "" : taxCode)).strip();
    }

    @KeywordField(name = "kind", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public String getSearchKind() {
        return "ORGANISATION";
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getAbbreviation() {
        return abbreviation;
    }

    public OrganisationType getType() {
        return type;
    }

    public EnterpriseSubtype getEnterpriseSubtype() {
        return enterpriseSubtype;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public String getStreet() {
        return street;
    }

    public String getCommune() {
        return commune;
    }

    public String getProvince() {
        return province;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getWebsite() {
        return website;
    }

    public OrganisationStatus getStatus() {
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
        return java.util.Collections.unmodifiableSet(fields);
    }
}
