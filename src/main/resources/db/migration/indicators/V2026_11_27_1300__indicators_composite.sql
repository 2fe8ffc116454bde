-- Composite indices (PII / GII method): frameworks as data and the runs computed over them. The tree, the raw data
-- and the run results are documents written once and read whole, never queried inside: json (stored as written,
-- key order kept, no binary conversion of a 2 MB result on insert) rather than jsonb.
create table indicators.composite_frameworks (
    id         uuid         primary key,
    code       varchar(100) not null,
    name       text         not null,
    definition json         not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null,
    version    bigint       not null default 0
);
create index composite_frameworks_created on indicators.composite_frameworks (created_at desc);

create table indicators.composite_runs (
    id                 uuid         primary key,
    framework_id       uuid         not null references indicators.composite_frameworks (id),
    label              text,
    request            json        not null,
    result             json        not null,
    unit_count         int          not null,
    largest_difference double precision,
    created_by         varchar(100) not null,
    created_at         timestamptz  not null
);
create index composite_runs_framework on indicators.composite_runs (framework_id, created_at desc);
