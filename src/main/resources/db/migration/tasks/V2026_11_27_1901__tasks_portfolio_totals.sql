-- The portfolio report reads one narrow index instead of every budget line (issue 5 benchmark: 100,000 tasks with
-- ~490,000 lines): each task keeps its approved total per source (kept by the Task aggregate whenever its budget
-- changes) and its year of approval in the city's time zone.
alter table tasks.tasks
    add column approval_year        int generated always as
        ((extract(year from approved_at at time zone 'Asia/Ho_Chi_Minh'))::int) stored,
    add column approved_state       bigint not null default 0 check (approved_state >= 0),
    add column approved_counterpart bigint not null default 0 check (approved_counterpart >= 0),
    add column approved_other       bigint not null default 0 check (approved_other >= 0);

update tasks.tasks t
set approved_state = b.state, approved_counterpart = b.counterpart, approved_other = b.other
from (select task_id,
             coalesce(sum(amount) filter (where source = 'STATE_BUDGET'), 0) as state,
             coalesce(sum(amount) filter (where source = 'COUNTERPART'), 0) as counterpart,
             coalesce(sum(amount) filter (where source = 'OTHER'), 0) as other
      from tasks.task_budget group by task_id) b
where b.task_id = t.id;

create index tasks_portfolio on tasks.tasks (approval_year, programme_id)
    include (level, status, field, host_type, approved_state, approved_counterpart, approved_other);
