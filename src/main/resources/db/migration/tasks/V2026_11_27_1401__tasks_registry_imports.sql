-- Per-row errors of registry XLSX imports (the job itself is a platform job).
create table tasks.registry_import_errors (
    job_id      uuid        not null,
    row_number  int         not null,
    column_name varchar(40) not null,
    message_key varchar(120) not null,
    value       text,
    primary key (job_id, row_number, column_name)
);
