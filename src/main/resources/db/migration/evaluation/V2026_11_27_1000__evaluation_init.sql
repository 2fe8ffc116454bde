-- Councils (hội đồng): members with roles, conflict-of-interest declarations, attendance, scoring templates and
-- score sheets. Signed sheets are raw evidence kept for ever: triggers refuse to change or delete them.
create schema if not exists evaluation;

create table evaluation.scoring_template (
    id           uuid primary key,
    code         varchar(50) not null unique,
    council_type varchar(20) not null,
    name_vi      text not null,
    name_en      text not null
);

create table evaluation.template_criterion (
    template_id uuid not null references evaluation.scoring_template (id),
    position    int not null,
    code        varchar(20) not null,
    name_vi     text not null,
    name_en     text not null,
    max_points  int not null check (max_points > 0),
    minimum     numeric(6, 2),
    tie_break   boolean not null default false,
    primary key (template_id, code)
);

create table evaluation.council (
    id                     uuid primary key,
    type                   varchar(20) not null,
    name                   text not null,
    decision_number        varchar(100) not null,
    decision_date          date not null,
    subject_kind           varchar(50) not null,
    subject_id             uuid not null,
    template_code          varchar(50),
    pass_mark              numeric(6, 2) not null,
    state                  varchar(20) not null,
    secretary_username     varchar(100) not null,
    vice_chair_authorised  boolean not null default false,
    created_at             timestamptz not null,
    convened_at            timestamptz,
    closed_at              timestamptz,
    version                bigint not null
);
create index council_subject_idx on evaluation.council (subject_kind, subject_id);

create table evaluation.council_criterion (
    council_id uuid not null references evaluation.council (id),
    position   int not null,
    code       varchar(20) not null,
    name_vi    text not null,
    name_en    text not null,
    max_points int not null check (max_points > 0),
    minimum    numeric(6, 2),
    tie_break  boolean not null default false,
    primary key (council_id, code)
);

create table evaluation.council_member (
    id               uuid primary key,
    council_id       uuid not null references evaluation.council (id),
    person_id        uuid not null,
    display_name     text not null,
    account_username varchar(100),
    role             varchar(30) not null,
    present          boolean not null default false,
    written_review   boolean not null default false,
    added_at         timestamptz not null,
    unique (council_id, person_id)
);
create index council_member_account_idx on evaluation.council_member (account_username);

create table evaluation.member_affiliation (
    member_id       uuid not null references evaluation.council_member (id) on delete cascade,
    organisation_id uuid not null,
    primary key (member_id, organisation_id)
);

create table evaluation.council_dossier (
    id                   uuid primary key,
    council_id           uuid not null references evaluation.council (id),
    dossier_id           uuid not null,
    group_id             uuid,
    title                text not null,
    host_organisation_id uuid,
    summary              text,
    position             int not null,
    unique (council_id, dossier_id)
);
create index council_dossier_dossier_idx on evaluation.council_dossier (dossier_id);

create table evaluation.dossier_team (
    council_dossier_id uuid not null references evaluation.council_dossier (id) on delete cascade,
    person_id          uuid not null,
    primary key (council_dossier_id, person_id)
);

create table evaluation.declaration (
    council_id  uuid not null references evaluation.council (id),
    member_id   uuid not null,
    dossier_id  uuid not null,
    conflict    boolean not null,
    note        text,
    declared_at timestamptz not null,
    primary key (council_id, member_id, dossier_id)
);

create table evaluation.score_sheet (
    id         uuid primary key,
    council_id uuid not null references evaluation.council (id),
    member_id  uuid not null references evaluation.council_member (id),
    dossier_id uuid not null,
    comment    text,
    total      numeric(6, 2) not null,
    signed_at  timestamptz,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    bigint not null,
    unique (council_id, member_id, dossier_id)
);

create table evaluation.score_sheet_item (
    sheet_id uuid not null references evaluation.score_sheet (id),
    code     varchar(20) not null,
    points   numeric(6, 2) not null check (points >= 0),
    primary key (sheet_id, code)
);

-- A signed sheet is final: no UPDATE or DELETE of it or of its items, whatever the application does.
create function evaluation.refuse_signed_sheet_change() returns trigger language plpgsql as $$
begin
    if old.signed_at is not null then
        raise exception 'score sheet % is signed and cannot be changed', old.id using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        raise exception 'score sheets are never deleted' using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger score_sheet_signed_immutable before update or delete on evaluation.score_sheet
    for each row execute function evaluation.refuse_signed_sheet_change();

create function evaluation.refuse_signed_item_change() returns trigger language plpgsql as $$
declare
    sheet uuid;
begin
    if tg_op = 'INSERT' then
        sheet := new.sheet_id;
    else
        sheet := old.sheet_id;
    end if;
    if exists (select 1 from evaluation.score_sheet s where s.id = sheet and s.signed_at is not null) then
        raise exception 'score sheet % is signed and cannot be changed', sheet using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger score_sheet_item_signed_immutable before insert or update or delete on evaluation.score_sheet_item
    for each row execute function evaluation.refuse_signed_item_change();
