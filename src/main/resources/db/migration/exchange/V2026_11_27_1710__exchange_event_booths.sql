-- The booths of a technology fair: a code, the exhibiting organisation (directory) once assigned, and the
-- exhibitor's own listings shown at the booth.
create table exchange.event_booths (
    id                         uuid         primary key,
    event_id                   uuid         not null references exchange.events (id),
    code                       varchar(20)  not null,
    exhibitor_organisation_id  uuid,
    assigned_by                varchar(100),
    assigned_at                timestamptz,
    created_at                 timestamptz  not null,
    version                    bigint       not null default 0,
    unique (event_id, code)
);
create index event_booths_exhibitor on exchange.event_booths (exhibitor_organisation_id);

create table exchange.event_booth_listings (
    booth_id    uuid not null references exchange.event_booths (id) on delete cascade,
    listing_id  uuid not null,
    primary key (booth_id, listing_id)
);
