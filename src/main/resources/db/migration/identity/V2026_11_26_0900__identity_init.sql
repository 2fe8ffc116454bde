create schema if not exists identity;

create table identity.users (
    id                  uuid primary key,
    username            varchar(64)  not null,
    display_name        varchar(200) not null,
    email               varchar(254),
    password_hash       varchar(100) not null,
    organisation_id     uuid,
    enabled             boolean      not null default true,
    demo                boolean      not null default false,
    failed_attempts     integer      not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null,
    created_at          timestamptz  not null,
    version             bigint       not null default 0
);
create unique index users_username_uk on identity.users (lower(username));

create table identity.user_roles (
    user_id uuid        not null references identity.users (id) on delete cascade,
    role    varchar(20) not null check (role in ('APPLICANT', 'EXPERT', 'OFFICER', 'LEADER', 'ADMIN')),
    primary key (user_id, role)
);
