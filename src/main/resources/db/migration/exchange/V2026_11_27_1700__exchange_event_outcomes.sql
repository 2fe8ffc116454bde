-- What came of an exchange event: connections made, MoUs signed, contracts and their value; recorded and revised by
-- an officer (one row per event, versioned; every change is in the audit trail).
create table exchange.event_outcomes (
    event_id            uuid         primary key references exchange.events (id),
    connections_made    integer      not null check (connections_made >= 0),
    mous                integer      not null check (mous >= 0),
    contracts           integer      not null check (contracts >= 0),
    contract_value_vnd  bigint       not null check (contract_value_vnd >= 0),
    note                varchar(2000),
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null,
    version             bigint       not null default 0,
    check (contracts > 0 or contract_value_vnd = 0)
);
