-- XLSX imports of data values: one row per upload, its per-row errors, and the import each value came from
create table indicators.value_imports (
    id            uuid         primary key,
    job_id        uuid,
    owner         varchar(100) not null,
    mode          varchar(20)  not null,
    file_id       uuid         not null,
    file_name     text         not null,
    state         varchar(20)  not null,
    rows_read     int          not null default 0,
    rows_imported int          not null default 0,
    error_count   int          not null default 0,
    message       text,
    created_at    timestamptz  not null,
    finished_at   timestamptz,
    version       bigint       not null default 0
);
create index value_imports_owner on indicators.value_imports (owner, created_at desc);

create table indicators.value_import_errors (
    import_id   uuid         not null references indicators.value_imports (id),
    row_number  int          not null,
    column_name varchar(40)  not null,
    reason      text         not null
);
create index value_import_errors_import on indicators.value_import_errors (import_id, row_number);

alter table indicators.data_values add column import_id uuid;

-- reading at scale (10M values): the city series of some indicators, and exports filtered by area or period
create index data_values_area_indicator on indicators.data_values (area, indicator_id, period_end);
create index data_values_import on indicators.data_values (import_id) where import_id is not null;
