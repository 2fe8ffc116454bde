package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** Tasks; used only inside the tasks module. */
public interface TaskRepository extends JpaRepository<Task, UUID> {

    Page<Task> findByHostOrganisationId(UUID organisationId, Pageable pageable);

    /** State budget already approved for a programme's tasks in a fiscal year. */
    @NativeQuery("""
            select coalesce(sum(b.amount), 0) from tasks.task_budget b join tasks.tasks t on t.id = b.task_id
            where t.programme_id = :programmeId and b.fiscal_year = :fiscalYear and b.source = 'STATE_BUDGET'""")
    long approvedStateAmount(UUID programmeId, int fiscalYear);

    @NativeQuery("select nextval('tasks.task_code_seq')")
    long nextCodeNumber();
}
