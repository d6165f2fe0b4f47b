-- Members: how to show them, whether they are a procurement system's service account, who added
-- them. The audit log of security-relevant changes.
-- Portable SQL: runs on PostgreSQL (test, prod) and on H2 in PostgreSQL mode (dev).

alter table membership add column label varchar(255);
alter table membership add column service_account boolean default false not null;
alter table membership add column added_by varchar(255);
create index ix_membership_organisation on membership (organisation_id);

-- Ids are time-ordered (UUID version 7), so "order by id" is the order in which events happened
-- and serves as the cursor for paging.
create table audit_event (
    id            uuid primary key,
    occurred_at   timestamp with time zone not null,
    actor_subject varchar(255)    not null,
    actor_name    varchar(255)    not null,
    action        varchar(40)     not null,
    object_type   varchar(40)     not null,
    object_id     varchar(64)     not null,
    before_state  varchar(200000),
    after_state   varchar(200000)
);
create index ix_audit_event_object on audit_event (object_type, object_id, id);
create index ix_audit_event_actor on audit_event (actor_subject, id);
