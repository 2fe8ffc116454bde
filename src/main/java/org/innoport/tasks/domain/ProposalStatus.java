package org.innoport.tasks.domain;

/** Lifecycle of a proposal (DOMAIN.md, task lifecycle step 1). */
public enum ProposalStatus {
    DRAFT, SUBMITTED, VALID, RETURNED, RECOMMENDED, NOT_RECOMMENDED, LISTED;

    public static final Transitions<ProposalStatus> TRANSITIONS = Transitions.of(ProposalStatus.class,
                    "tasks.proposal.illegal-transition")
            .allow(DRAFT, SUBMITTED)
            .allow(SUBMITTED, VALID, RETURNED)
            .allow(VALID, RECOMMENDED, NOT_RECOMMENDED)
            .allow(RECOMMENDED, LISTED);

    public void require(ProposalStatus next) {
        TRANSITIONS.require(this, next);
    }
}
