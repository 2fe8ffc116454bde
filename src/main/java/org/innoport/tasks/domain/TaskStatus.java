package org.innoport.tasks.domain;

/** Lifecycle of a task (DOMAIN.md steps 3 and 4); this part of the module creates tasks as APPROVED. */
public enum TaskStatus {
    APPROVED, CONTRACTED, IN_PROGRESS, SUSPENDED, TERMINATED, ACCEPTANCE, RECOGNISED, LIQUIDATED, REGISTERED, CLOSED,
    FAILED;

    public static final Transitions<TaskStatus> TRANSITIONS = Transitions.of(TaskStatus.class,
                    "tasks.task.illegal-transition")
            .allow(APPROVED, CONTRACTED)
            .allow(CONTRACTED, IN_PROGRESS)
            .allow(IN_PROGRESS, SUSPENDED, TERMINATED, ACCEPTANCE)
            .allow(SUSPENDED, IN_PROGRESS, TERMINATED)
            .allow(ACCEPTANCE, RECOGNISED, FAILED)
            .allow(RECOGNISED, LIQUIDATED)
            .allow(LIQUIDATED, REGISTERED)
            .allow(REGISTERED, CLOSED)
            .allow(FAILED, CLOSED);

    public void require(TaskStatus next) {
        TRANSITIONS.require(this, next);
    }
}
