create schema if not exists tasks;

-- Programmes of the city: research programmes by field and key programmes, each with a ceiling per fiscal year.
create table tasks.programmes (
    id              uuid primary key,
    code            varchar(40)  not null unique,
    kind            varchar(20)  not null,
    name            text         not null,
    period_from     int          not null,
    period_to       int          not null,
    managing_unit   text         not null,
    policy_numbers  text         not null default '',
    version         bigint       not null default 0,
    check (period_to >= period_from)
);

create table tasks.programme_ceilings (
    programme_id    uuid   not null references tasks.programmes (id),
    fiscal_year     int    not null,
    amount          bigint not null check (amount >= 0),
    primary key (programme_id, fiscal_year)
);

create table tasks.proposal_rounds (
    id          uuid primary key,
    name        text        not null,
    opens_at    timestamptz not null,
    closes_at   timestamptz not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);

create table tasks.proposals (
    id                 uuid primary key,
    round_id           uuid        not null references tasks.proposal_rounds (id),
    proposer           varchar(100) not null,
    organisation_id    uuid,
    title              text        not null,
    type               varchar(40) not null,
    level              varchar(20) not null,
    programme_id       uuid        not null references tasks.programmes (id),
    problem            text        not null,
    objectives         text        not null,
    expected_results   text        not null,
    estimated_budget   bigint      not null check (estimated_budget >= 0),
    duration_months    int         not null check (duration_months > 0),
    status             varchar(30) not null,
    reasons            text,
    council_id         uuid,
    score              numeric(7, 2),
    submitted_at       timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null default 0
);
create index proposals_round on tasks.proposals (round_id, status);

-- The approved task list (danh mục nhiệm vụ).
create table tasks.listings (
    id                   uuid primary key,
    proposal_id          uuid        not null unique references tasks.proposals (id),
    title                text        not null,
    type                 varchar(40) not null,
    programme_id         uuid        not null references tasks.programmes (id),
    selection_mode       varchar(30) not null,
    budget_ceiling       bigint      not null check (budget_ceiling > 0),
    duration_months      int         not null,
    status               varchar(30) not null,
    decided_by           varchar(100) not null,
    decided_at           timestamptz not null,
    version              bigint      not null default 0
);

create table tasks.calls (
    id          uuid primary key,
    title       text        not null,
    opens_at    timestamptz not null,
    closes_at   timestamptz not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0,
    check (closes_at > opens_at)
);

create table tasks.call_listings (
    call_id     uuid not null references tasks.calls (id),
    listing_id  uuid not null references tasks.listings (id),
    primary key (call_id, listing_id)
);

create table tasks.applications (
    id                    uuid primary key,
    call_id               uuid        not null references tasks.calls (id),
    listing_id            uuid        not null references tasks.listings (id),
    organisation_id       uuid        not null,
    created_by            varchar(100) not null,
    pi_person_id          uuid        not null,
    content               text        not null,
    status                varchar(30) not null,
    reasons               text,
    score                 numeric(7, 2),
    rank_in_group         int,
    submitted_at          timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);
create index applications_call on tasks.applications (call_id, status);
create index applications_organisation on tasks.applications (organisation_id);

create table tasks.application_team (
    application_id  uuid not null references tasks.applications (id),
    person_id       uuid not null,
    primary key (application_id, person_id)
);

-- Budget plan requested by the applicant, and the amounts set by the budget appraisal.
create table tasks.application_budget (
    application_id  uuid        not null references tasks.applications (id),
    source          varchar(20) not null,
    fiscal_year     int         not null,
    amount          bigint      not null check (amount >= 0),
    primary key (application_id, source, fiscal_year)
);

create table tasks.application_approved_budget (
    application_id  uuid        not null references tasks.applications (id),
    source          varchar(20) not null,
    fiscal_year     int         not null,
    amount          bigint      not null check (amount >= 0),
    primary key (application_id, source, fiscal_year)
);

create table tasks.application_attachments (
    application_id  uuid not null references tasks.applications (id),
    file_id         uuid not null,
    primary key (application_id, file_id)
);

create sequence tasks.task_code_seq;

create table tasks.tasks (
    id                    uuid primary key,
    code                  varchar(40) not null unique,
    title                 text        not null,
    level                 varchar(20) not null,
    type                  varchar(40) not null,
    host_organisation_id  uuid        not null,
    pi_person_id          uuid        not null,
    programme_id          uuid        not null references tasks.programmes (id),
    listing_id            uuid        not null unique references tasks.listings (id),
    application_id        uuid        not null unique references tasks.applications (id),
    duration_months       int         not null,
    status                varchar(30) not null,
    approved_by           varchar(100) not null,
    approved_at           timestamptz not null,
    version               bigint      not null default 0
);

create table tasks.task_budget (
    task_id      uuid        not null references tasks.tasks (id),
    source       varchar(20) not null,
    fiscal_year  int         not null,
    amount       bigint      not null check (amount >= 0),
    primary key (task_id, source, fiscal_year)
);
