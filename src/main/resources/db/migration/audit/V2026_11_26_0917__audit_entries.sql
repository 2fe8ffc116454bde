create schema if not exists audit;

-- The audit trail: append-only, each row chained to its predecessor by SHA-256 (see org.innoport.audit.chain).
-- before_json/after_json are text, not jsonb, so the bytes that were hashed are exactly the bytes stored.
create table audit.entries (
    id             bigserial primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(100) not null,
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(200) not null,
    action         varchar(100) not null,
    before_json    text,
    after_json     text,
    request_ip     varchar(64),
    request_id     varchar(64),
    previous_hash  char(64)     not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash           char(64)     not null check (hash ~ '^[0-9a-f]{64}$')
);

create index entries_actor_ix on audit.entries (lower(actor), id);
create index entries_aggregate_ix on audit.entries (aggregate_type, aggregate_id, id);
create index entries_action_ix on audit.entries (action varchar_pattern_ops);
create index entries_occurred_at_ix on audit.entries (occurred_at);

-- Rows are never changed or removed by the application. A DBA who must repair one disables the trigger explicitly,
-- which leaves a trace in the server log, and the hash chain still shows the change.
create function audit.refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit.entries is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;

create trigger entries_append_only
    before update or delete on audit.entries
    for each row execute function audit.refuse_change();

create trigger entries_no_truncate
    before truncate on audit.entries
    for each statement execute function audit.refuse_change();
