package org.innoport.tasks;

import java.util.List;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.shared.NotFoundException;
import org.innoport.tasks.Views.ProgrammeView;
import org.innoport.tasks.Views.ProgrammeYear;
import org.innoport.tasks.domain.Programme;
import org.innoport.tasks.domain.ProgrammeRepository;
import org.innoport.tasks.domain.TaskRepository;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The city's S&T programmes and what remains of their state budget each year. */
@Service
public class Programmes {

    private final ProgrammeRepository programmes;
    private final TaskRepository tasks;

    Programmes(ProgrammeRepository programmes, TaskRepository tasks) {
        this.programmes = programmes;
        this.tasks = tasks;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeView> all() {
        return programmes.findAll(Sort.by("kind", "code")).stream().map(Programmes::view).toList();
    }

    @Transactional(readOnly = true)
    public ProgrammeView get(UUID id) {
        return view(load(id));
    }

    /** Ceiling, approved and remaining state budget per fiscal year of the programme's period. */
    @Transactional(readOnly = true)
    public List<ProgrammeYear> years(UUID id) {
        Programme programme = load(id);
        return programme.ceilings().keySet().stream().map(year -> year(programme, year)).toList();
    }

    /**
     * Holds the programme until the caller's transaction ends, so that two approvals cannot both spend the same
     * remaining budget: the second waits, then sees the first's task.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockBudget(UUID id) {
        programmes.lockById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    /** Remaining = ceiling − state amounts of tasks already approved in that year (zero outside the period). */
    @Transactional(readOnly = true)
    public Money remaining(UUID id, int fiscalYear) {
        return year(load(id), fiscalYear).remaining();
    }

    private ProgrammeYear year(Programme programme, int year) {
        Money ceiling = programme.ceiling(year);
        Money approved = Money.of(tasks.approvedStateAmount(programme.id(), year));
        return new ProgrammeYear(year, ceiling, approved, ceiling.minus(approved));
    }

    private Programme load(UUID id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("programme", id));
    }

    static ProgrammeView view(Programme p) {
        return new ProgrammeView(p.id(), p.code(), p.kind(), p.name(), p.periodFrom(), p.periodTo(), p.managingUnit(),
                p.policyNumbers(), p.ceilings(), p.version());
    }
}
