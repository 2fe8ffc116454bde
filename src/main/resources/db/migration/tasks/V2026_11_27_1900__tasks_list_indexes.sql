-- The task list filters by programme, status and year of approval and sorts by approval (issue 5 benchmark):
-- the existing (level, status, programme_id, approved_at) index cannot serve it without a level. Applicants list
-- the tasks of their own organisation.
create index tasks_programme_status_approved on tasks.tasks (programme_id, status, approved_at);
create index tasks_host_approved on tasks.tasks (host_organisation_id, approved_at);
