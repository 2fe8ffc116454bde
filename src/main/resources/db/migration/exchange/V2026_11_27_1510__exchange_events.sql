-- Exchange events (workshops, trainings, connection sessions, fairs) and their registrations with a waiting list.
create table exchange.events (
    id                      uuid         primary key,
    kind                    varchar(30)  not null check (kind in ('WORKSHOP', 'TRAINING', 'CONNECTION_SESSION', 'FAIR')),
    title                   varchar(300) not null,
    starts_at               timestamptz  not null,
    ends_at                 timestamptz  not null,
    venue                   varchar(500),
    online_link             varchar(1000),
    organisers              text         not null,
    capacity                integer      not null check (capacity > 0),
    registration_opens_at   timestamptz  not null,
    registration_closes_at  timestamptz  not null,
    created_by              varchar(100) not null,
    created_at              timestamptz  not null,
    version                 bigint       not null default 0,
    check (starts_at < ends_at),
    check (registration_opens_at < registration_closes_at),
    check (venue is not null or online_link is not null)
);
create index events_starts on exchange.events (starts_at);

create table exchange.event_registrations (
    id               uuid         primary key,
    event_id         uuid         not null references exchange.events (id),
    organisation_id  uuid,
    username         varchar(100) not null,
    queue_no         bigserial    not null,
    status           varchar(20)  not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    registered_at    timestamptz  not null,
    promoted_at      timestamptz,
    cancelled_at     timestamptz,
    checked_in_at    timestamptz,
    checked_in_by    varchar(100),
    version          bigint       not null default 0
);
create unique index event_registrations_active on exchange.event_registrations (event_id, username)
    where status <> 'CANCELLED';
create index event_registrations_event on exchange.event_registrations (event_id, status, queue_no);
