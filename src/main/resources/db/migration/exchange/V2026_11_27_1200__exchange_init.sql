create schema if not exists exchange;

-- a technology/equipment offer or request; prices in VND (no minor unit)
create table exchange.listings (
    id                    uuid         primary key,
    kind                  varchar(10)  not null,
    category              varchar(20)  not null,
    status                varchar(20)  not null,
    title                 varchar(300) not null,
    summary               varchar(1000) not null,
    description           text,
    field                 varchar(20)  not null,
    keywords              varchar(1000),
    trl                   int check (trl between 1 and 9),
    ip_status             varchar(20)  not null,
    price_kind            varchar(20)  not null,
    price_vnd             bigint check (price_vnd >= 0),
    terms                 varchar(2000),
    location              varchar(100),
    contact_name          varchar(200),
    contact_email         varchar(200),
    contact_phone         varchar(50),
    owner_organisation_id uuid         not null,
    created_by            varchar(100) not null,
    sample                boolean      not null default false,
    return_reasons        text,
    published_at          timestamptz,
    expires_at            timestamptz,
    reminded_30_at        timestamptz,
    reminded_7_at         timestamptz,
    closed_at             timestamptz,
    deal_value_vnd        bigint check (deal_value_vnd >= 0),
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0
);
create index listings_owner on exchange.listings (owner_organisation_id, updated_at desc);
create index listings_status on exchange.listings (status, expires_at);

create table exchange.listing_files (
    listing_id  uuid         not null references exchange.listings (id),
    file_id     uuid         not null primary key,
    image       boolean      not null,
    attached_by varchar(100) not null,
    attached_at timestamptz  not null
);
create index listing_files_listing on exchange.listing_files (listing_id, attached_at);

-- a signed-in user's search, re-run against every newly published listing
create table exchange.saved_searches (
    id         uuid         primary key,
    username   varchar(100) not null,
    q          varchar(500),
    kind       varchar(10),
    category   varchar(20),
    field      varchar(20),
    created_at timestamptz  not null
);
create index saved_searches_username on exchange.saved_searches (username);

-- an organisation's expression of interest in a listing
create table exchange.interests (
    id                   uuid         primary key,
    listing_id           uuid         not null references exchange.listings (id),
    from_organisation_id uuid,
    from_username        varchar(100) not null,
    message              varchar(2000),
    status               varchar(20)  not null,
    created_at           timestamptz  not null,
    decided_at           timestamptz,
    version              bigint       not null default 0
);
create index interests_listing on exchange.interests (listing_id);

-- a meeting organised by an officer between the parties of a listing, and what came of it
create table exchange.connection_sessions (
    id               uuid         primary key,
    listing_id       uuid         not null references exchange.listings (id),
    interest_id      uuid         references exchange.interests (id),
    held_on          date         not null,
    parties          text         not null,
    international    boolean      not null,
    outcome          varchar(20),
    contract_value_vnd bigint check (contract_value_vnd >= 0),
    organised_by     varchar(100) not null,
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index connection_sessions_held on exchange.connection_sessions (held_on);
