-- The development-resources directory: organisations, people and experts, VILAS labs, equipment.
-- Names use the ICU Vietnamese collation so that ORDER BY name follows Vietnamese alphabetical order.
create schema if not exists directory;

-- TT 24/2025/TT-BKHCN classification of S&T fields: level FIELD (6 lĩnh vực) and SECTOR (ngành, 3 digits).
create table directory.classification (
    code        varchar(10) primary key,
    level       varchar(10) not null check (level in ('FIELD', 'SECTOR')),
    parent_code varchar(10) references directory.classification (code),
    name_vi     text not null,
    name_en     text not null,
    position    int not null
);

create table directory.organisation (
    id                  uuid primary key,
    name                text collate "vi-x-icu" not null,
    name_en             text,
    abbreviation        varchar(50),
    type                varchar(30) not null,
    enterprise_subtype  varchar(20),
    tax_code            varchar(14),
    registration_number varchar(50),
    registration_date   date,
    street              text,
    commune             text,
    province            text,
    parent_id           uuid references directory.organisation (id),
    website             text,
    status              varchar(20) not null,
    merged_into_id      uuid references directory.organisation (id),
    canonical_name      text not null,
    sample              boolean not null default false,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null
);
create unique index organisation_tax_code_uq on directory.organisation (tax_code)
    where tax_code is not null and status <> 'MERGED';
create index organisation_parent_idx on directory.organisation (parent_id);
create index organisation_canonical_idx on directory.organisation (canonical_name);

create table directory.organisation_field (
    organisation_id uuid not null references directory.organisation (id) on delete cascade,
    code            varchar(10) not null references directory.classification (code),
    primary key (organisation_id, code)
);

create table directory.person (
    id              uuid primary key,
    full_name       text collate "vi-x-icu" not null,
    academic_title  varchar(10),
    degree          varchar(10),
    orcid           varchar(19),
    email           text,
    phone           varchar(30),
    birth_date      date,
    birth_place     text,
    short_cv        text,
    account_username varchar(100),
    expert          boolean not null default false,
    expert_since    date,
    expert_note     text,
    status          varchar(20) not null,
    merged_into_id  uuid references directory.person (id),
    canonical_name  text not null,
    sample          boolean not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null
);
create unique index person_orcid_uq on directory.person (orcid) where orcid is not null and status <> 'MERGED';
create index person_canonical_idx on directory.person (canonical_name);
create index person_account_idx on directory.person (account_username);

create table directory.person_field (
    person_id uuid not null references directory.person (id) on delete cascade,
    code      varchar(10) not null references directory.classification (code),
    primary key (person_id, code)
);

create table directory.person_keyword (
    person_id uuid not null references directory.person (id) on delete cascade,
    keyword   text not null,
    primary key (person_id, keyword)
);

create table directory.expert_field (
    person_id uuid not null references directory.person (id) on delete cascade,
    code      varchar(10) not null references directory.classification (code),
    primary key (person_id, code)
);

create table directory.affiliation (
    id              uuid primary key,
    person_id       uuid not null references directory.person (id) on delete cascade,
    organisation_id uuid not null references directory.organisation (id),
    position        text,
    from_date       date,
    to_date         date
);
create index affiliation_person_idx on directory.affiliation (person_id);
create index affiliation_organisation_idx on directory.affiliation (organisation_id);

create table directory.lab (
    id              uuid primary key,
    name            text collate "vi-x-icu" not null,
    organisation_id uuid not null references directory.organisation (id),
    vilas_number    varchar(30),
    standard        varchar(60) not null,
    test_types      text,
    valid_from      date,
    valid_to        date,
    sample          boolean not null default false,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null
);
create unique index lab_vilas_uq on directory.lab (vilas_number) where vilas_number is not null;
create index lab_organisation_idx on directory.lab (organisation_id);
create index lab_validity_idx on directory.lab (valid_from, valid_to);

create table directory.lab_field (
    lab_id uuid not null references directory.lab (id) on delete cascade,
    code   varchar(10) not null references directory.classification (code),
    primary key (lab_id, code)
);

create table directory.equipment (
    id                    uuid primary key,
    name                  text collate "vi-x-icu" not null,
    owner_organisation_id uuid not null references directory.organisation (id),
    lab_id                uuid references directory.lab (id),
    category              varchar(100),
    model                 text,
    year                  int,
    value_vnd             bigint check (value_vnd >= 0),
    shareable             boolean not null default false,
    sample                boolean not null default false,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint not null
);
create index equipment_owner_idx on directory.equipment (owner_organisation_id);
create index equipment_lab_idx on directory.equipment (lab_id);

-- Imports run as jobs; the run and its per-row errors are kept so the report can be downloaded.
create table directory.import_run (
    id          uuid primary key,
    resource    varchar(20) not null,
    mode        varchar(20) not null,
    state       varchar(20) not null,
    file_name   text,
    rows_read   int not null default 0,
    imported    int not null default 0,
    error_count int not null default 0,
    message     text,
    created_by  varchar(100),
    created_at  timestamptz not null,
    finished_at timestamptz
);

create table directory.import_error (
    run_id      uuid not null references directory.import_run (id) on delete cascade,
    row_number  int not null,
    column_name varchar(60),
    message_key varchar(120) not null,
    args        text,
    value       text
);
create index import_error_run_idx on directory.import_error (run_id, row_number);
