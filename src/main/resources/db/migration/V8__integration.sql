-- Procurement-system integration: webhook subscriptions, the outbox of events they receive, one
-- delivery per event and subscription (the delivery log), and the stored results of idempotent
-- creates.

create table webhook_subscription (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    url             varchar(2000) not null,
    secret          varchar(100)  not null,
    description     varchar(200),
    created_by      varchar(255)  not null,
    created_at      timestamp with time zone not null
);
create index ix_webhook_subscription_organisation on webhook_subscription (organisation_id);

create table webhook_subscription_event (
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    event_type      varchar(40) not null,
    primary key (subscription_id, event_type)
);
create index ix_webhook_subscription_event_type on webhook_subscription_event (event_type);

-- The outbox: written in the transaction of the change it reports. The body is stored exactly as
-- it is sent, so every attempt signs the same bytes.
create table webhook_event (
    id                       uuid primary key,
    sequence                 bigint        not null,
    event_type               varchar(40)   not null,
    audience_organisation_id uuid,
    body                     varchar(1000000) not null,
    occurred_at              timestamp with time zone not null,
    constraint uq_webhook_event_sequence unique (sequence)
);

-- One row whose lock orders events by commit: a transaction that publishes takes the next number
-- while holding the row until it commits, so numbers are handed out in commit order.
create table webhook_event_sequence (
    id         integer primary key,
    last_value bigint not null
);
insert into webhook_event_sequence (id, last_value) values (1, 0);

create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    event_id         uuid        not null references webhook_event (id),
    sequence         bigint      not null,
    status           varchar(16) not null,
    attempts         integer     not null,
    next_attempt_at  timestamp with time zone,
    last_attempt_at  timestamp with time zone,
    last_status_code integer,
    last_error       varchar(500),
    delivered_at     timestamp with time zone,
    created_at       timestamp with time zone not null,
    constraint uq_webhook_delivery unique (subscription_id, event_id),
    constraint ck_webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index ix_webhook_delivery_due on webhook_delivery (status, next_attempt_at);
create index ix_webhook_delivery_queue on webhook_delivery (subscription_id, status, sequence);
create index ix_webhook_delivery_event on webhook_delivery (event_id);

-- Idempotency-Key: the first result of a create, per caller and key, for 24 hours.
create table idempotency_record (
    caller          varchar(255)  not null,
    idempotency_key varchar(255)  not null,
    fingerprint     varchar(64)   not null,
    state           varchar(16)   not null,
    status          integer,
    content_type    varchar(200),
    location        varchar(2000),
    etag            varchar(200),
    body            varchar(10000000),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    primary key (caller, idempotency_key),
    constraint ck_idempotency_state check (state in ('IN_PROGRESS', 'COMPLETED'))
);
create index ix_idempotency_record_expiry on idempotency_record (expires_at);
