create schema if not exists platform;

-- Long-running work (imports, reports, index rebuilds) and its progress, watched by the user who started it.
create table platform.jobs (
    id          uuid primary key,
    kind        varchar(100)  not null,
    owner       varchar(64)   not null,
    locale      varchar(10)   not null,
    state       varchar(10)   not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    percent     integer       not null default 0 check (percent between 0 and 100),
    message     varchar(1000),
    result_url  varchar(1000),
    created_at  timestamptz   not null,
    started_at  timestamptz,
    finished_at timestamptz,
    version     bigint        not null default 0
);
create index jobs_unfinished_ix on platform.jobs (state) where state in ('QUEUED', 'RUNNING');
create index jobs_owner_ix on platform.jobs (owner, created_at desc);
