package org.innoport.tasks;

import org.innoport.evaluation.CouncilClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Applies a closed council's results to the proposals or applications it evaluated (same transaction). */
@Component
class CouncilOutcomes {

    private final Identification identification;
    private final Selection selection;
    private final TaskExecution execution;

    CouncilOutcomes(Identification identification, Selection selection, TaskExecution execution) {
        this.identification = identification;
        this.selection = selection;
        this.execution = execution;
    }

    @EventListener
    void on(CouncilClosed closed) {
        switch (closed.subject().kind()) {
            case Identification.SUBJECT_KIND -> identification.recordCouncil(closed);
            case Selection.SUBJECT_KIND -> selection.recordCouncil(closed);
            case TaskExecution.SUBJECT_KIND -> execution.recordCouncil(closed);
            default -> {
                // councils of other subjects (acceptance of a task, contests) are not ours here
            }
        }
    }
}
