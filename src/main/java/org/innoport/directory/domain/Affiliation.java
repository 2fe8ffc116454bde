package org.innoport.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person worked (works) at an organisation in a position over a period; open-ended when {@code to} is null. */
@Entity
@Table(name = "affiliation", schema = "directory")
public class Affiliation {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private UUID organisationId;
    private String position;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    protected Affiliation() {
    }

    Affiliation(Person person, UUID organisationId, String position, LocalDate from, LocalDate to) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.organisationId = organisationId;
        this.position = position;
        this.from = from;
        this.to = to;
    }

    Affiliation copyFor(Person other) {
        return new Affiliation(other, organisationId, position, from, to);
    }

    void moveTo(UUID organisation) {
        this.organisationId = organisation;
    }

    public boolean isCurrent(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getPosition() {
        return position;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
