-- Part 2 of the tasks module: contract, money, progress and control, acceptance to closing, outcomes,
-- registry of other levels and the reported aggregates the registry reconciles with.

alter table tasks.tasks
    add column contract_number        varchar(60),
    add column contract_date          date,
    add column contract_parties       text,
    add column start_date             date,
    add column end_date               date,
    add column status_reason          text,
    add column self_evaluation_file   uuid,
    add column acceptance_submitted_at timestamptz,
    add column acceptance_council_id  uuid,
    add column acceptance_rating      varchar(20),
    add column acceptance_mean        numeric(7, 2),
    add column recognition_decision   varchar(60),
    add column recognition_date       date,
    add column liquidation_date       date,
    add column registration_number    varchar(60),
    add column registration_date      date,
    add column failure_resolution     varchar(20),
    add column failure_decision       varchar(60),
    add column refund_amount          bigint check (refund_amount >= 0),
    add column closed_at              timestamptz,
    add column updated_at             timestamptz;

create table tasks.task_deliverables (
    task_id   uuid not null references tasks.tasks (id),
    position  int  not null,
    name      text not null,
    due_date  date not null,
    primary key (task_id, position)
);

create table tasks.task_disbursements (
    task_id          uuid        not null references tasks.tasks (id),
    position         int         not null,
    id               uuid        not null unique,
    kind             varchar(20) not null,
    source           varchar(20) not null,
    fiscal_year      int         not null,
    amount           bigint      not null check (amount > 0),
    decision_number  varchar(60) not null,
    decision_date    date        not null,
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz not null,
    primary key (task_id, position)
);
create index task_disbursements_source on tasks.task_disbursements (source, fiscal_year);

create table tasks.task_settlements (
    task_id      uuid        not null references tasks.tasks (id),
    source       varchar(20) not null,
    fiscal_year  int         not null,
    amount       bigint      not null check (amount >= 0),
    primary key (task_id, source, fiscal_year)
);

create table tasks.task_progress_reports (
    task_id       uuid        not null references tasks.tasks (id),
    position      int         not null,
    id            uuid        not null unique,
    period_no     int         not null,
    due_date      date        not null,
    status        varchar(20) not null,
    summary       text,
    file_id       uuid,
    submitted_by  varchar(100),
    submitted_at  timestamptz,
    reviewed_by   varchar(100),
    reviewed_at   timestamptz,
    reasons       text,
    overdue_notified_at timestamptz,
    primary key (task_id, position)
);
create index task_progress_reports_due on tasks.task_progress_reports (status, due_date);

create table tasks.task_inspections (
    task_id        uuid not null references tasks.tasks (id),
    position       int  not null,
    id             uuid not null unique,
    inspected_on   date not null,
    findings       text not null,
    follow_up      text,
    recorded_by    varchar(100) not null,
    primary key (task_id, position)
);

create table tasks.task_change_requests (
    task_id          uuid        not null references tasks.tasks (id),
    position         int         not null,
    id               uuid        not null unique,
    kind             varchar(30) not null,
    reason           text        not null,
    months           int,
    new_pi_person_id uuid,
    budget_lines     text,
    budget_change    boolean     not null default false,
    status           varchar(20) not null,
    requested_by     varchar(100) not null,
    requested_at     timestamptz not null,
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_note    text,
    primary key (task_id, position)
);

create table tasks.task_outcomes (
    task_id      uuid        not null references tasks.tasks (id),
    position     int         not null,
    id           uuid        not null unique,
    kind         varchar(30) not null,
    occurred_on  date        not null,
    description  text        not null,
    amount       bigint check (amount >= 0),
    quantity     int,
    evidence     text        not null,
    recorded_by  varchar(100) not null,
    primary key (task_id, position)
);

-- Tasks of any level registered without the city workflow (other levels, and city tasks from before the system).
create table tasks.registry_tasks (
    id                  uuid primary key,
    code                varchar(60)  not null unique,
    title               text         not null,
    level               varchar(20)  not null,
    programme_code      varchar(40),
    field               varchar(20),
    host_name           text         not null,
    host_type           varchar(40)  not null,
    pi_name             text,
    approval_year       int          not null,
    period_from         int          not null,
    period_to           int          not null,
    status              varchar(30)  not null,
    state_amount        bigint       not null default 0 check (state_amount >= 0),
    counterpart_amount  bigint       not null default 0 check (counterpart_amount >= 0),
    other_amount        bigint       not null default 0 check (other_amount >= 0),
    results             text,
    sample              boolean      not null default false,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    check (period_to >= period_from)
);
create index registry_tasks_scope on tasks.registry_tasks (level, approval_year);

-- Aggregates reported by the city (the seed), kept as reported figures with their source, never as task records.
create table tasks.reported_aggregates (
    id                uuid primary key,
    level             varchar(20) not null,
    year_from         int         not null,
    year_to           int         not null,
    task_count        int         not null,
    total_amount      bigint      not null,
    state_amount      bigint      not null,
    mobilised_amount  bigint      not null,
    source            text        not null,
    unique (level, year_from, year_to)
);

insert into tasks.reported_aggregates values
    ('7f1d2c3a-0000-4000-8000-000000000205', 'CITY', 2013, 2022, 205, 257473016000, 156502394000, 100970622000,
     'Báo cáo tổng kết hoạt động KH&CN thành phố giai đoạn 2013–2022 (số liệu của đề bài, dữ liệu gốc)');

create index tasks_filters on tasks.tasks (level, status, programme_id, approved_at);
