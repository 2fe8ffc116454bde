package org.innoport.tasks;

import org.innoport.shared.IllegalTransitionException;

/**
 * A task command refused by a money or lifecycle rule (HTTP 409) with a stable code such as
 * {@code task.over-disbursement}, {@code task.report-not-accepted}, {@code task.source-total-changed},
 * {@code task.reports-unaccepted}, {@code task.not-registered}. The message key is {@code tasks.error.<code>}.
 */
public class TaskRefusedException extends IllegalTransitionException {

    private final String specificCode;

    public TaskRefusedException(String code, Object... args) {
        super("tasks.error." + code, args);
        this.specificCode = code;
    }

    @Override
    public String code() {
        return specificCode;
    }
}
