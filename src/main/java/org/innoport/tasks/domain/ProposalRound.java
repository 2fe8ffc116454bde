package org.innoport.tasks.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innoport.shared.IllegalTransitionException;
import org.innoport.shared.RuleViolationException;

/** A proposal round: proposals may be submitted between its opening and closing instants. */
@Entity
@Table(schema = "tasks", name = "proposal_rounds")
public class ProposalRound {

    @Id
    private UUID id;
    private String name;
    private Instant opensAt;
    private Instant closesAt;
    private Instant createdAt;
    @Version
    private Long version;

    protected ProposalRound() {
    }

    public ProposalRound(String name, Instant opensAt, Instant closesAt, Instant now) {
        if (!closesAt.isAfter(opensAt)) {
            throw new RuleViolationException("closesAt", "tasks.window.closes-before-opening");
        }
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdAt = now;
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isClosed(Instant now) {
        return !now.isBefore(closesAt);
    }

    /** Closes the round now (before its planned closing). */
    public void close(Instant now) {
        if (!isOpen(now)) {
            throw new IllegalTransitionException("tasks.round.not-open");
        }
        this.closesAt = now;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
