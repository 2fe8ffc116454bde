-- API tokens: only the SHA-256 of the token is kept; the token itself is shown once, when issued.
create table identity.api_tokens (
    id           uuid primary key,
    user_id      uuid         not null references identity.users (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0
);
create unique index api_tokens_hash_uk on identity.api_tokens (token_hash);
create index api_tokens_user_idx on identity.api_tokens (user_id, created_at desc);

create index user_roles_role_idx on identity.user_roles (role);

-- When roles or organisation last changed. Role rows live in user_roles, so this column is also what makes such a
-- change touch the users row and advance its version (optimistic locking).
alter table identity.users add column access_changed_at timestamptz;
