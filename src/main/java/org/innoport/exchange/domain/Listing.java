package org.innoport.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.innoport.exchange.IpStatus;
import org.innoport.exchange.ListingAction;
import org.innoport.exchange.ListingCategory;
import org.innoport.exchange.ListingDetails;
import org.innoport.exchange.ListingKind;
import org.innoport.exchange.ListingStatus;
import org.innoport.exchange.PriceKind;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;

/**
 * An offer or request on the exchange. Guards its lifecycle with {@link ListingTransitions}; indexed for the
 * Vietnamese search ("vi" folded, "vi_exact" with diacritics, "vi_shingle" two-syllable phrases).
 */
@Entity
@Table(name = "listings", schema = "exchange")
@Indexed(index = "exchange-listings")
public class Listing {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ListingKind kind;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ListingCategory category;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ListingStatus status;

    @FullTextField(name = "title", analyzer = "vi")
    @FullTextField(name = "title_exact", analyzer = "vi_exact")
    @FullTextField(name = "title_shingle", analyzer = "vi_shingle")
    private String title;

    private String summary;
    private String description;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String field;

    private String keywords;

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Integer trl;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private IpStatus ipStatus;

    @Enumerated(EnumType.STRING)
    private PriceKind priceKind;

    @GenericField(sortable = Sortable.YES)
    private Long priceVnd;

    private String terms;

    @KeywordField(aggregable = Aggregable.YES)
    private String location;

    private String contactName;
    private String contactEmail;
    private String contactPhone;

    @KeywordField(name = "organisation", valueBridge = @ValueBridgeRef(type = UuidKeyBridge.class))
    private UUID ownerOrganisationId;

    private String createdBy;
    private boolean sample;
    private String returnReasons;

    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    private Instant expiresAt;
    @Column(name = "reminded_30_at")
    private Instant reminded30At;
    @Column(name = "reminded_7_at")
    private Instant reminded7At;
    private Instant closedAt;
    private Long dealValueVnd;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Listing() {
    }

    public Listing(UUID id, ListingDetails details, UUID ownerOrganisationId, String createdBy, boolean sample,
                   Instant now) {
        this.id = id;
        this.status = ListingStatus.DRAFT;
        this.ownerOrganisationId = Objects.requireNonNull(ownerOrganisationId);
        this.createdBy = createdBy;
        this.sample = sample;
        this.createdAt = now;
        apply(details, now);
    }

    /**
     * Changes the text and terms. A published listing whose price or terms change goes back to review when
     * {@code priceNeedsReview} (the default); the returned action says which transition happened.
     */
    public ListingAction edit(ListingDetails details, boolean priceNeedsReview, Instant now) {
        ListingStatus next = to(ListingAction.EDIT);
        boolean priceChanged = !Objects.equals(priceKind, details.priceKind())
                || !Objects.equals(priceVnd, details.priceVnd()) || !Objects.equals(terms, blankToNull(details.terms()));
        if (details.kind() != kind) {
            throw new RuleViolationException("kind", "exchange.listing.kind.fixed");
        }
        apply(details, now);
        if (next == ListingStatus.PUBLISHED && priceChanged && priceNeedsReview) {
            status = to(ListingAction.REVIEW_AGAIN);
            return ListingAction.REVIEW_AGAIN;
        }
        status = next;
        return ListingAction.EDIT;
    }

    public void submit(Instant now) {
        status = to(ListingAction.SUBMIT);
        returnReasons = null;
        updatedAt = now;
    }

    /** Publishes for {@code validityMonths}; a re-approval after a price change keeps the running expiry. */
    public void approve(int validityMonths, Instant now) {
        status = to(ListingAction.APPROVE);
        if (publishedAt == null || expiresAt == null || !expiresAt.isAfter(now)) {
            publishedAt = now;
            expiresAt = plusMonths(now, validityMonths);
            reminded30At = null;
            reminded7At = null;
        }
        updatedAt = now;
    }

    public void returnForChanges(String reasons, Instant now) {
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolationException("reasons", "exchange.listing.return.reasons-required");
        }
        status = to(ListingAction.RETURN);
        returnReasons = reasons.strip();
        updatedAt = now;
    }

    /** Another {@code validityMonths} from today (or from the running expiry, if later). */
    public void renew(int validityMonths, Instant now) {
        status = to(ListingAction.RENEW);
        Instant from = expiresAt != null && expiresAt.isAfter(now) ? expiresAt : now;
        expiresAt = plusMonths(from, validityMonths);
        reminded30At = null;
        reminded7At = null;
        updatedAt = now;
    }

    public void withdraw(Instant now) {
        status = to(ListingAction.WITHDRAW);
        updatedAt = now;
    }

    public void close(Long dealValueVnd, Instant now) {
        if (dealValueVnd != null && dealValueVnd < 0) {
            throw new RuleViolationException("dealValueVnd", "exchange.listing.deal-value.negative");
        }
        status = to(ListingAction.CLOSE);
        this.dealValueVnd = dealValueVnd;
        closedAt = now;
        updatedAt = now;
    }

    public void expire(Instant now) {
        if (expiresAt == null || expiresAt.isAfter(now)) {
            throw new IllegalTransitionException("exchange.listing.not-yet-expired");
        }
        status = to(ListingAction.EXPIRE);
        updatedAt = now;
    }

    /** Whether the reminder {@code days} before expiry is due at {@code now} and not yet sent; marks it sent. */
    public boolean takeReminder(int days, Instant now) {
        if (status != ListingStatus.PUBLISHED || expiresAt == null || !expiresAt.isAfter(now)
                || now.isBefore(expiresAt.minus(java.time.Duration.ofDays(days)))) {
            return false;
        }
        if (days >= 30) {
            if (reminded30At != null) {
                return false;
            }
            reminded30At = now;
        } else {
            if (reminded7At != null) {
                return false;
            }
            reminded7At = now;
            if (reminded30At == null) {
                reminded30At = now;
            }
        }
        return true;
    }

    private ListingStatus to(ListingAction action) {
        return ListingTransitions.next(status, action)
                .orElseThrow(() -> new IllegalTransitionException("exchange.listing.transition." + action.name().toLowerCase(),
                        status.name()));
    }

    private void apply(ListingDetails details, Instant now) {
        if (details.priceKind() == PriceKind.FIXED && details.priceVnd() == null) {
            throw new RuleViolationException("priceVnd", "exchange.listing.price.required");
        }
        this.kind = details.kind();
        this.category = details.category();
        this.title = details.title().strip();
        this.summary = details.summary().strip();
        this.description = blankToNull(details.description());
        this.field = details.field().strip();
        this.keywords = details.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).distinct()
                .reduce((a, b) -> a + ", " + b).orElse(null);
        this.trl = details.trl();
        this.ipStatus = details.ipStatus();
        this.priceKind = details.priceKind();
        this.priceVnd = details.priceKind() == PriceKind.NEGOTIABLE ? null : details.priceVnd();
        this.terms = blankToNull(details.terms());
        this.location = blankToNull(details.location());
        this.contactName = blankToNull(details.contactName());
        this.contactEmail = blankToNull(details.contactEmail());
        this.contactPhone = blankToNull(details.contactPhone());
        this.updatedAt = now;
    }

    private static Instant plusMonths(Instant from, int months) {
        return from.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Summary, description and keywords: the body the search and the matcher read besides the title. */
    @FullTextField(name = "body", analyzer = "vi")
    @FullTextField(name = "body_exact", analyzer = "vi_exact")
    @FullTextField(name = "body_shingle", analyzer = "vi_shingle")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "description")),
            @ObjectPath(@PropertyValue(propertyName = "keywords"))})
    public String getBody() {
        return String.join(" \n ", summary, description == null ? "" : description, keywords == null ? "" : keywords);
    }

    /** The field's parent (first digit of the classification code), for "related field" matching. */
    @KeywordField(name = "field_group")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "field")))
    public String getFieldGroup() {
        return field == null || field.isEmpty() ? null : field.substring(0, 1);
    }

    public List<String> keywordList() {
        return keywords == null ? List.of() : Arrays.stream(keywords.split(",")).map(String::strip).toList();
    }

    public ListingDetails details() {
        return new ListingDetails(kind, category, title, summary, description, field, keywordList(), trl, ipStatus,
                priceKind, priceVnd, terms, location, contactName, contactEmail, contactPhone, ownerOrganisationId, version);
    }

    public UUID getId() { return id; }
    public ListingKind getKind() { return kind; }
    public ListingCategory getCategory() { return category; }
    public ListingStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getDescription() { return description; }
    public String getField() { return field; }
    public String getKeywords() { return keywords; }
    public Integer getTrl() { return trl; }
    public IpStatus getIpStatus() { return ipStatus; }
    public PriceKind getPriceKind() { return priceKind; }
    public Long getPriceVnd() { return priceVnd; }
    public String getTerms() { return terms; }
    public String getLocation() { return location; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public UUID getOwnerOrganisationId() { return ownerOrganisationId; }
    public String getCreatedBy() { return createdBy; }
    public boolean isSample() { return sample; }
    public String getReturnReasons() { return returnReasons; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getClosedAt() { return closedAt; }
    public Long getDealValueVnd() { return dealValueVnd; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
