-- Field (level-1 S&T field code, as in the registry) and host-organisation type of workflow tasks, so the portfolio
-- groups city tasks and registry tasks alike; `sample` marks demo tasks (shown as sample data on every page).
alter table tasks.tasks add column field varchar(20);
alter table tasks.tasks add column host_type varchar(40);
alter table tasks.tasks add column sample boolean not null default false;
create index tasks_field on tasks.tasks (field);
