-- Organisations, their members, supplier sovereignty profiles, offerings and sovereignty claims.
-- Portable SQL: runs on PostgreSQL (test, prod) and on H2 in PostgreSQL mode (dev).

create table organisation (
    id              uuid primary key,
    legal_name      varchar(200) not null,
    registration_id varchar(40)  not null,
    country         varchar(2)   not null,
    website         varchar(500),
    kind            varchar(16)  not null,
    version         bigint       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint uk_organisation_registration_id unique (registration_id)
);

create table membership (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    subject         varchar(255) not null,
    role            varchar(16)  not null,
    created_at      timestamp with time zone not null,
    constraint uk_membership unique (organisation_id, subject, role)
);
create index ix_membership_subject on membership (subject);

create table supplier_profile (
    organisation_id           uuid primary key references organisation (id),
    headquarters_country      varchar(2)   not null,
    controlling_entity        varchar(200) not null,
    control_country           varchar(2)   not null,
    non_eu_ownership_percent  integer      not null,
    eu_presence               varchar(16)  not null,
    sme                       boolean      not null,
    version                   bigint       not null,
    updated_at                timestamp with time zone not null,
    constraint ck_supplier_ownership check (non_eu_ownership_percent between 0 and 100)
);

create table supplier_extraterritorial_law (
    supplier_id uuid        not null references supplier_profile (organisation_id),
    law         varchar(40) not null,
    primary key (supplier_id, law)
);

create table offering (
    id                       uuid primary key,
    supplier_id              uuid          not null references supplier_profile (organisation_id),
    name                     varchar(200)  not null,
    description              varchar(2000) not null,
    category                 varchar(32)   not null,
    open_weights             boolean       not null,
    licence                  varchar(100),
    pricing_model            varchar(32)   not null,
    price_eur                numeric(14, 4),
    price_unit               varchar(60),
    hardware_vendor_country  varchar(2),
    renewable_energy_percent integer,
    pue                      numeric(4, 2),
    status                   varchar(16)   not null,
    version                  bigint        not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    constraint ck_offering_renewable check (renewable_energy_percent between 0 and 100),
    constraint ck_offering_price check (price_eur >= 0)
);
create index ix_offering_supplier on offering (supplier_id);
create index ix_offering_status_category on offering (status, category);

create table offering_deployment_model (
    offering_id      uuid        not null references offering (id),
    deployment_model varchar(32) not null,
    primary key (offering_id, deployment_model)
);

create table offering_storage_country (
    offering_id uuid       not null references offering (id),
    country     varchar(2) not null,
    primary key (offering_id, country)
);
create index ix_offering_storage_country on offering_storage_country (country);

create table offering_processing_country (
    offering_id uuid       not null references offering (id),
    country     varchar(2) not null,
    primary key (offering_id, country)
);
create index ix_offering_processing_country on offering_processing_country (country);

create table offering_support_country (
    offering_id uuid       not null references offering (id),
    country     varchar(2) not null,
    primary key (offering_id, country)
);

create table offering_language (
    offering_id uuid       not null references offering (id),
    language    varchar(2) not null,
    primary key (offering_id, language)
);
create index ix_offering_language on offering_language (language);

create table offering_certification (
    offering_id   uuid        not null references offering (id),
    certification varchar(40) not null,
    primary key (offering_id, certification)
);
create index ix_offering_certification on offering_certification (certification);

-- A claim belongs either to a supplier (supplier-level attributes) or to one offering.
create table sovereignty_claim (
    id           uuid primary key,
    supplier_id  uuid references supplier_profile (organisation_id),
    offering_id  uuid references offering (id),
    attribute    varchar(32)  not null,
    status       varchar(16)  not null,
    evidence_url varchar(500),
    verified_by  varchar(255),
    verified_at  timestamp with time zone,
    expires_at   timestamp with time zone,
    note         varchar(1000),
    updated_at   timestamp with time zone not null,
    constraint ck_claim_subject check ((supplier_id is null) <> (offering_id is null))
);
create unique index uk_claim_supplier_attribute on sovereignty_claim (supplier_id, attribute);
create unique index uk_claim_offering_attribute on sovereignty_claim (offering_id, attribute);
create index ix_claim_offering on sovereignty_claim (offering_id);
