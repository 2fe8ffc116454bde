package org.innoport.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
import org.innoport.directory.search.VietnameseCollation;
import org.innoport.shared.RuleViolationException;

/** A piece of S&T equipment owned by an organisation, possibly in one of its labs; value in VND (no minor unit). */
@Entity
@Table(name = "equipment", schema = "directory")
@Indexed(index = "directory-equipment")
public class Equipment {

    @Id
    private UUID id;

    @FullTextField(analyzer = "vi")
    @FullTextField(name = "name_exact", analyzer = "vi_exact")
    @FullTextField(name = "name_shingle", analyzer = "vi_shingle")
    @KeywordField(name = "name_sort", sortable = Sortable.YES,
            valueBridge = @ValueBridgeRef(type = VietnameseCollation.class))
    private String name;

    @KeywordField(name = "organisation", valueBridge = @ValueBridgeRef(type = UuidBridge.class))
    private UUID ownerOrganisationId;

    @KeywordField(name = "lab", valueBridge = @ValueBridgeRef(type = UuidBridge.class))
    private UUID labId;

    @KeywordField(aggregable = Aggregable.YES)
    private String category;

    private String model;
    private Integer year;
    private Long valueVnd;

    @GenericField
    private boolean shareable;

    private boolean sample;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Equipment() {
    }

    public Equipment(UUID id, EquipmentData data, boolean sample, Instant now) {
        this.id = id;
        this.sample = sample;
        this.createdAt = now;
        apply(data, now);
    }

    public void apply(EquipmentData data, Instant now) {
        if (data.valueVnd() != null && data.valueVnd() < 0) {
            throw new RuleViolationException("valueVnd", "directory.equipment.value.negative");
        }
        this.name = data.name();
        this.ownerOrganisationId = data.ownerOrganisationId();
        this.labId = data.labId();
        this.category = data.category();
        this.model = data.model();
        this.year = data.year();
        this.valueVnd = data.valueVnd();
        this.shareable = data.shareable();
        this.updatedAt = now;
    }

    public void moveTo(UUID organisation, Instant now) {
        this.ownerOrganisationId = organisation;
        this.updatedAt = now;
    }

    @FullTextField(name = "text", analyzer = "vi")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "model")),
            @ObjectPath(@PropertyValue(propertyName = "category"))})
    public String getSearchText() {
        return ((model == null ? "" : model) + " " + (category == null ? "" : category)).strip();
    }

    /** Equipment has no classification of its own; the field exists so one query can span all directory indexes. */
    @KeywordField(name = "field", aggregable = Aggregable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public List<String> getSearchFields() {
        return List.of();
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
        return "EQUIPMENT";
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UUID getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    public UUID getLabId() {
        return labId;
    }

    public String getCategory() {
        return category;
    }

    public String getModel() {
        return model;
    }

    public Integer getYear() {
        return year;
    }

    public Long getValueVnd() {
        return valueVnd;
    }

    public boolean isShareable() {
        return shareable;
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
}
