-- Technology auctions: the auction (mutable aggregate, optimistic version + row lock while bidding),
-- registrations of bidders with their deposits, and the append-only bid log.
create table exchange.auctions (
    id                        uuid         primary key,
    title                     varchar(300) not null,
    listing_id                uuid         references exchange.listings (id),
    lot_description           text,
    auction_organisation_id   uuid         not null,
    format                    varchar(10)  not null check (format in ('ENGLISH', 'SEALED')),
    starting_price_vnd        bigint       not null check (starting_price_vnd > 0),
    bid_step_vnd              bigint       not null check (bid_step_vnd > 0),
    reserve_price_vnd         bigint       check (reserve_price_vnd > 0),
    deposit_vnd               bigint       not null check (deposit_vnd > 0),
    registration_opens_at     timestamptz  not null,
    registration_closes_at    timestamptz  not null,
    bidding_opens_at          timestamptz  not null,
    bidding_ends_at           timestamptz  not null,
    extension_window_seconds  integer      not null check (extension_window_seconds >= 0),
    extension_seconds         integer      not null check (extension_seconds >= 0),
    status                    varchar(20)  not null,
    bid_count                 integer      not null default 0,
    best_amount_vnd           bigint,
    outcome                   varchar(20),
    winner_registration_id    uuid,
    winner_organisation_id    uuid,
    price_vnd                 bigint,
    winning_seq               integer,
    closed_at                 timestamptz,
    created_by                varchar(100) not null,
    created_at                timestamptz  not null,
    version                   bigint       not null default 0,
    check (registration_opens_at < registration_closes_at),
    check (registration_closes_at <= bidding_opens_at),
    check (bidding_opens_at < bidding_ends_at)
);
create index auctions_status on exchange.auctions (status);

create table exchange.auction_registrations (
    id                    uuid         primary key,
    auction_id            uuid         not null references exchange.auctions (id),
    organisation_id       uuid         not null,
    registered_by         varchar(100) not null,
    status                varchar(20)  not null,
    deposit_confirmed_by  varchar(100),
    deposit_confirmed_at  timestamptz,
    deposit_disposition   varchar(20),
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    unique (auction_id, organisation_id)
);

create table exchange.auction_bids (
    id               uuid         primary key,
    auction_id       uuid         not null references exchange.auctions (id),
    seq              integer      not null check (seq > 0),
    registration_id  uuid         not null references exchange.auction_registrations (id),
    organisation_id  uuid         not null,
    bidder           varchar(100) not null,
    amount_vnd       bigint       not null check (amount_vnd > 0),
    sealed           boolean      not null,
    idempotency_key  varchar(100),
    placed_at        timestamptz  not null,
    unique (auction_id, seq),
    unique (auction_id, idempotency_key)
);
-- An open (English) auction never accepts two bids at the same amount; a sealed bidder bids once.
create unique index auction_bids_open_amount on exchange.auction_bids (auction_id, amount_vnd) where not sealed;
create unique index auction_bids_sealed_once on exchange.auction_bids (auction_id, registration_id) where sealed;

-- The bid log is append-only: the database itself refuses to change or remove a bid.
create function exchange.auction_bids_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the auction bid log is append-only (% refused)', tg_op using errcode = 'P0001';
end;
$$;
create trigger auction_bids_append_only before update or delete on exchange.auction_bids
    for each row execute function exchange.auction_bids_append_only();
create trigger auction_bids_no_truncate before truncate on exchange.auction_bids
    for each statement execute function exchange.auction_bids_append_only();
