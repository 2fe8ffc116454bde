package org.innoport.tasks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innoport.evaluation.CouncilSubject;
import org.innoport.evaluation.Dossier;
import org.innoport.evaluation.DossierSource;
import org.innoport.tasks.domain.Application;
import org.innoport.tasks.domain.Proposal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells councils what they evaluate: the VALID proposals of a round (each its own group) and the VALID applications
 * of a call (grouped by listed task, with host organisation and team for the conflict-of-interest block).
 */
@Component
class TaskDossiers implements DossierSource {

    private final Identification identification;
    private final Selection selection;
    private final Callers callers;
    private final TaskExecution execution;

    TaskDossiers(Identification identification, Selection selection, Callers callers, TaskExecution execution) {
        this.identification = identification;
        this.selection = selection;
        this.callers = callers;
        this.execution = execution;
    }

    @Override
    public boolean supports(String subjectKind) {
        return Identification.SUBJECT_KIND.equals(subjectKind) || Selection.SUBJECT_KIND.equals(subjectKind)
                || TaskExecution.SUBJECT_KIND.equals(subjectKind);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Dossier> dossiers(CouncilSubject subject) {
        if (Identification.SUBJECT_KIND.equals(subject.kind())) {
            return identification.validProposals(subject.id()).stream().map(TaskDossiers::dossier).toList();
        }
        if (Selection.SUBJECT_KIND.equals(subject.kind())) {
            return selection.validApplications(subject.id()).stream()
                    .map(a -> dossier(a, identification.listingTitle(a.listingId()))).toList();
        }
        if (TaskExecution.SUBJECT_KIND.equals(subject.kind())) {
            // the acceptance dossier of one task in ACCEPTANCE: host and PI for the conflict-of-interest block
            return execution.findTask(subject.id())
                    .filter(t -> t.status() == org.innoport.tasks.domain.TaskStatus.ACCEPTANCE)
                    .map(t -> List.of(new Dossier(t.id(), t.id(), t.code() + " " + t.title(), t.hostOrganisationId(),
                            Set.of(t.piPersonId()), "Hồ sơ đánh giá, nghiệm thu nhiệm vụ " + t.code())))
                    .orElse(List.of());
        }
        return List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReadFeedback(UUID dossierId, String username) {
        Caller caller = callers.of(username);
        if (caller.staff()) {
            return true;
        }
        var task = execution.findTask(dossierId);
        if (task.isPresent()) {
            return caller.mayRead(task.get().hostOrganisationId());
        }
        var application = selection.findApplication(dossierId);
        if (application.isPresent()) {
            return caller.mayRead(application.get().organisationId());
        }
        return identification.findProposal(dossierId)
                .map(p -> p.proposer().equals(username)
                        || (p.organisationId() != null && p.organisationId().equals(caller.organisationId())))
                .orElse(false);
    }

    private static Dossier dossier(Proposal p) {
        String summary = p.problem() + "\n\n" + p.objectives() + "\n\n" + p.expectedResults();
        return new Dossier(p.id(), p.id(), p.title(), p.organisationId(), Set.of(), summary);
    }

    private static Dossier dossier(Application a, String listingTitle) {
        Set<UUID> team = new LinkedHashSet<>();
        team.add(a.piPersonId());
        team.addAll(a.team());
        return new Dossier(a.id(), a.listingId(), listingTitle, a.organisationId(), team, a.content());
    }
}
