-- Match runs, kept for audit: the inputs' versions (requirement, policy, catalogue) and the full
-- explained result, so that a run can be shown as it was and replayed on the same inputs.

create table match_run (
    id                     uuid primary key,
    requirement_id         uuid         not null references requirement (id),
    requirement_version    bigint       not null,
    buyer_organisation_id  uuid         not null,
    policy_id              uuid         not null,
    policy_name            varchar(200) not null,
    policy_version         integer      not null,
    neutral_policy_id      uuid         not null,
    neutral_policy_version integer      not null,
    catalog_version        bigint       not null,
    ranked_count           integer      not null,
    excluded_count         integer      not null,
    result                 varchar(10000000) not null,
    created_by             varchar(255) not null,
    created_at             timestamp with time zone not null
);
create index ix_match_run_requirement on match_run (requirement_id, created_at);
