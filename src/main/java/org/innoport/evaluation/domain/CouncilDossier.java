package org.innoport.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.innoport.evaluation.Dossier;

/** A snapshot of a dossier as its owning module described it when the council took it. */
@Entity
@Table(name = "council_dossier", schema = "evaluation")
public class CouncilDossier {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    private UUID dossierId;
    private UUID groupId;
    private String title;
    private UUID hostOrganisationId;
    private String summary;
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_team", schema = "evaluation", joinColumns = @JoinColumn(name = "council_dossier_id"))
    @Column(name = "person_id")
    private Set<UUID> teamPersonIds = new HashSet<>();

    protected CouncilDossier() {
    }

    CouncilDossier(Council council, Dossier dossier, int position) {
        this.id = UUID.randomUUID();
        this.council = council;
        this.dossierId = dossier.id();
        this.groupId = dossier.groupId();
        this.title = dossier.title();
        this.hostOrganisationId = dossier.hostOrganisationId();
        this.summary = dossier.summary();
        this.position = position;
        if (dossier.teamPersonIds() != null) {
            this.teamPersonIds.addAll(dossier.teamPersonIds());
        }
    }

    public Dossier toDossier() {
        return new Dossier(dossierId, groupId, title, hostOrganisationId, Set.copyOf(teamPersonIds), summary);
    }

    public UUID getDossierId() {
        return dossierId;
    }

    public UUID getGroupId() {
        return groupId;
    }

    public String getTitle() {
        return title;
    }

    public UUID getHostOrganisationId() {
        return hostOrganisationId;
    }

    public String getSummary() {
        return summary;
    }

    public int getPosition() {
        return position;
    }

    public Set<UUID> getTeamPersonIds() {
        return Set.copyOf(teamPersonIds);
    }
}
