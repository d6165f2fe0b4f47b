-- Saved searches and their alerts: a buyer organisation saves a catalogue search, a supplier
-- organisation a search of requirements; what newly matches is recorded here in the transaction
-- that published it, then sent by e-mail at once or in a daily or weekly digest.

create table saved_search (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    kind            varchar(20)   not null,
    name            varchar(200)  not null,
    criteria        varchar(4000) not null,
    frequency       varchar(20)   not null,
    email           varchar(320)  not null,
    created_by      varchar(255)  not null,
    created_at      timestamp with time zone not null,
    last_sent_at    timestamp with time zone,
    constraint ck_saved_search_kind check (kind in ('CATALOGUE', 'REQUIREMENTS')),
    constraint ck_saved_search_frequency check (frequency in ('IMMEDIATE', 'DAILY', 'WEEKLY'))
);
create index ix_saved_search_kind on saved_search (kind);
create index ix_saved_search_organisation on saved_search (organisation_id);

create table saved_search_alert (
    id         uuid primary key,
    search_id  uuid          not null references saved_search (id) on delete cascade,
    item_id    uuid          not null,
    title      varchar(500)  not null,
    href       varchar(500)  not null,
    matched_at timestamp with time zone not null,
    sent_at    timestamp with time zone,
    constraint uq_saved_search_alert unique (search_id, item_id)
);
create index ix_saved_search_alert_unsent on saved_search_alert (search_id, sent_at);
