-- The portal: admins' review of sovereignty claims, and suppliers' onboarding drafts.
-- Portable SQL: runs on PostgreSQL (test, prod) and on H2 in PostgreSQL mode (dev).

-- Who decided on a claim and when (verified or rejected), and a version so that two reviewers
-- deciding the same claim at once cannot silently overwrite each other.
alter table sovereignty_claim add column version bigint not null default 0;
alter table sovereignty_claim add column reviewed_by varchar(255);
alter table sovereignty_claim add column reviewed_at timestamp with time zone;
create index ix_claim_status_updated on sovereignty_claim (status, updated_at);

-- A supplier's onboarding in progress: one draft per person (their OIDC subject), kept until the
-- organisation is registered. The form is the JSON of the steps completed so far.
create table onboarding_draft (
    subject    varchar(255)    primary key,
    step       varchar(32)     not null,
    form       varchar(200000) not null,
    version    bigint          not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
