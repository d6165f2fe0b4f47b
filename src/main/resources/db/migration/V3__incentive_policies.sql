-- Incentive policies: versioned rule sets, platform-wide or owned by one buyer organisation, and
-- each buyer organisation's choice of policy. A published version and its rules never change.
-- Portable SQL: runs on PostgreSQL (test, prod) and on H2 in PostgreSQL mode (dev).

create table incentive_policy (
    id                    uuid primary key,
    name                  varchar(100)  not null,
    description           varchar(2000) not null,
    scope                 varchar(16)   not null,
    owner_organisation_id uuid references organisation (id),
    -- 'PLATFORM' or the owner's id: names are unique among the policies one buyer can see.
    name_scope            varchar(40)   not null,
    latest_version        integer       not null,
    template              boolean       not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint ck_policy_owner check (
        (scope = 'PLATFORM' and owner_organisation_id is null)
        or (scope = 'BUYER' and owner_organisation_id is not null)),
    constraint ck_policy_latest_version check (latest_version >= 1),
    constraint uk_policy_name unique (name_scope, name)
);
create index ix_policy_owner on incentive_policy (owner_organisation_id);

create table policy_version (
    id             uuid primary key,
    policy_id      uuid          not null references incentive_policy (id),
    version_number integer       not null,
    name           varchar(100)  not null,
    description    varchar(2000) not null,
    change_note    varchar(500),
    published_at   timestamp with time zone not null,
    published_by   varchar(255)  not null,
    constraint uk_policy_version unique (policy_id, version_number),
    constraint ck_policy_version_number check (version_number >= 1)
);

create table policy_rule (
    policy_version_id uuid          not null references policy_version (id),
    rule_index        integer       not null,
    name              varchar(100)  not null,
    rule_condition    varchar(2000) not null,
    effect            varchar(16)   not null,
    points            numeric(7, 2),
    reason            varchar(500)  not null,
    primary key (policy_version_id, rule_index),
    constraint ck_policy_rule_points check (
        (effect = 'POINTS' and points is not null) or (effect <> 'POINTS' and points is null))
);

create table buyer_policy_choice (
    organisation_id uuid primary key references organisation (id),
    policy_id       uuid         not null references incentive_policy (id),
    chosen_at       timestamp with time zone not null,
    chosen_by       varchar(255) not null
);
create index ix_buyer_policy_choice_policy on buyer_policy_choice (policy_id);
