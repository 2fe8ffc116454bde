package org.innoport.tasks.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

/** Tasks; used only inside the tasks module. */
public interface TaskRepository extends JpaRepository<Task, UUID>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<Task> {

    Page<Task> findByHostOrganisationId(UUID organisationId, Pageable pageable);

    /** State budget already approved for a programme's tasks in a fiscal year. */
    @NativeQuery("""
            select coalesce(sum(b.amount), 0) from tasks.task_budget b join tasks.tasks t on t.id = b.task_id
            where t.programme_id = :programmeId and b.fiscal_year = :fiscalYear and b.source = 'STATE_BUDGET'""")
    long approvedStateAmount(UUID programmeId, int fiscalYear);

    /** Tasks being implemented with a report past due and not yet notified. */
    @NativeQuery("""
            select t.* from tasks.tasks t where t.status in ('CONTRACTED', 'IN_PROGRESS') and exists (
              select 1 from tasks.task_progress_reports r where r.task_id = t.id and r.status in ('DUE', 'RETURNED')
              and r.due_date < :today and r.overdue_notified_at is null)""")
    java.util.List<Task> findWithOverdueReports(java.time.LocalDate today);

    @NativeQuery("select nextval('tasks.task_code_seq')")
    long nextCodeNumber();
}
