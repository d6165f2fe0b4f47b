-- Buyers' requirements. Must-haves and nice-to-haves are JSON documents read and written whole;
-- every saved version is kept in requirement_revision so that match runs can be replayed.

create table requirement (
    id                     uuid primary key,
    buyer_organisation_id  uuid          not null references organisation (id),
    title                  varchar(200)  not null,
    description            varchar(4000) not null,
    category               varchar(32)   not null,
    budget_max_eur         numeric(16, 2),
    budget_unit            varchar(60),
    data_sensitivity       varchar(16)   not null,
    buyer_type             varchar(16)   not null,
    deadline               timestamp with time zone,
    status                 varchar(16)   not null,
    policy_id              uuid,
    must_haves             varchar(20000) not null,
    nice_to_haves          varchar(20000) not null,
    version                bigint        not null,
    created_by             varchar(255)  not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    constraint ck_requirement_budget check (budget_max_eur >= 0)
);
create index ix_requirement_buyer on requirement (buyer_organisation_id);
create index ix_requirement_status on requirement (status);

create table requirement_revision (
    requirement_id uuid    not null references requirement (id),
    version        bigint  not null,
    data           varchar(100000) not null,
    recorded_at    timestamp with time zone not null,
    primary key (requirement_id, version)
);
