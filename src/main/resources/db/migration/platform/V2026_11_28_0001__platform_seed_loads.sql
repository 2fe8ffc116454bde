-- Which inputs (the loader's code and its files) each start-up seed last loaded into this database: an unchanged
-- seed is skipped at the next start instead of re-reading its files and checking row by row (ADR 0042).
create table platform.seed_loads (
    seed      varchar(200) primary key,
    digest    char(64)     not null,
    loaded_at timestamptz  not null
);
