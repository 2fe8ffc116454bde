create schema if not exists platform;

-- Metadata of stored files; the bytes live in the file store (filesystem by default) under the id.
-- Rows are never updated: a changed document is a new file.
create table platform.files (
    id            uuid primary key,
    original_name varchar(255) not null,
    content_type  varchar(100) not null,
    declared_type varchar(255),
    size_bytes    bigint       not null check (size_bytes > 0),
    sha256        varchar(64)  not null,
    owner         varchar(64)  not null,
    created_at    timestamptz  not null
);
create index files_sha256_ix on platform.files (sha256);
