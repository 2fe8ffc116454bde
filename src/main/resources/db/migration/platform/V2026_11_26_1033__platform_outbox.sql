create schema if not exists platform;

-- Notifications to users: shown in-app at once, e-mailed by the outbox sender when SMTP is configured.
create table platform.outbox (
    id              uuid primary key,
    recipient       varchar(64)   not null,
    email           varchar(254),
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    last_error      varchar(500),
    next_attempt_at timestamptz   not null,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    version         bigint        not null default 0
);
create index outbox_recipient_ix on platform.outbox (recipient, created_at desc);
create index outbox_due_ix on platform.outbox (next_attempt_at) where status = 'PENDING' and email is not null;
