package org.innoport.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.innoport.evaluation.CouncilRole;

/**
 * A member of a council: a directory person from the expert pool with a role. Name, account and current
 * affiliations are snapshotted when the officer adds the member (the council's decision names them as they were).
 */
@Entity
@Table(name = "council_member", schema = "evaluation")
public class CouncilMember {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    private UUID personId;
    private String displayName;
    private String accountUsername;
    @Enumerated(EnumType.STRING)
    private CouncilRole role;
    private boolean present;
    private boolean writtenReview;
    private Instant addedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_affiliation", schema = "evaluation", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "organisation_id")
    private Set<UUID> organisationIds = new HashSet<>();

    protected CouncilMember() {
    }

    CouncilMember(UUID id, Council council, UUID personId, String displayName, String accountUsername,
                  CouncilRole role, Set<UUID> organisationIds, Instant now) {
        this.id = id;
        this.council = council;
        this.personId = personId;
        this.displayName = displayName;
        this.accountUsername = accountUsername;
        this.role = role;
        this.organisationIds.addAll(organisationIds);
        this.addedAt = now;
    }

    void attend(boolean present, boolean writtenReview) {
        this.present = present;
        this.writtenReview = writtenReview;
    }

    public boolean isAccount(String username) {
        return username != null && username.equals(accountUsername);
    }

    public UUID getId() {
        return id;
    }

    public UUID getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public CouncilRole getRole() {
        return role;
    }

    public boolean isPresent() {
        return present;
    }

    public boolean isWrittenReview() {
        return writtenReview;
    }

    public Set<UUID> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }
}
