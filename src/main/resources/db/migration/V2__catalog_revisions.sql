-- The catalogue's history: every change to an offering (or to what its assessment depends on)
-- bumps the catalogue version and records the offering as clients saw it. Match runs name the
-- catalogue version they ranked, so an audit can replay them on exactly that catalogue.

create table catalog_version (
    id         integer primary key,
    version    bigint  not null,
    updated_at timestamp with time zone not null
);
insert into catalog_version (id, version, updated_at) values (1, 0, current_timestamp);

create table offering_revision (
    offering_id     uuid          not null,
    catalog_version bigint        not null,
    status          varchar(16)   not null,
    data            varchar(100000) not null,
    recorded_at     timestamp with time zone not null,
    primary key (offering_id, catalog_version)
);
create index ix_offering_revision_version on offering_revision (catalog_version);
