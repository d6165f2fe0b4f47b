-- Tenders: an open requirement published for responses, with a deadline for clarification
-- questions and one for responses; the questions suppliers ask and the buyer answers; suppliers'
-- responses with their evaluation; and the outcome.

create table tender (
    id                    uuid primary key,
    requirement_id        uuid          not null references requirement (id),
    buyer_organisation_id uuid          not null references organisation (id),
    questions_deadline    timestamp with time zone not null,
    responses_deadline    timestamp with time zone not null,
    status                varchar(20)   not null,
    awarded_response_id   uuid,
    award_value_eur       numeric(14, 2),
    contract_start        date,
    contract_end          date,
    outcome_reason        varchar(2000),
    concluded_at          timestamp with time zone,
    published_by          varchar(255)  not null,
    published_at          timestamp with time zone not null,
    version               bigint        not null,
    constraint uq_tender_requirement unique (requirement_id),
    constraint ck_tender_status check (status in ('OPEN', 'AWARDED', 'CANCELLED', 'NONE_SUITABLE'))
);
create index ix_tender_status on tender (status);
create index ix_tender_buyer on tender (buyer_organisation_id);

create table tender_question (
    id                       uuid primary key,
    tender_id                uuid          not null references tender (id),
    supplier_organisation_id uuid          not null references organisation (id),
    question                 varchar(4000) not null,
    asked_by                 varchar(255)  not null,
    asked_at                 timestamp with time zone not null,
    answer                   varchar(8000),
    answered_by              varchar(255),
    answered_at              timestamp with time zone
);
create index ix_tender_question_tender on tender_question (tender_id);

-- One response per supplier organisation and tender: withdrawn, it can be changed and sent again.
-- The offerings and the evidence per criterion are read and written whole, so they are JSON.
create table tender_response (
    id                       uuid primary key,
    tender_id                uuid           not null references tender (id),
    supplier_organisation_id uuid           not null references organisation (id),
    status                   varchar(20)    not null,
    offering_ids             varchar(4000)  not null,
    price_eur                numeric(14, 2),
    price_unit               varchar(100),
    evidence                 varchar(100000) not null,
    shortlisted              boolean        not null,
    buyer_note               varchar(4000),
    submitted_at             timestamp with time zone,
    created_by               varchar(255)   not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    version                  bigint         not null,
    constraint uq_tender_response_supplier unique (tender_id, supplier_organisation_id),
    constraint ck_tender_response_status
        check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'AWARDED', 'UNSUCCESSFUL'))
);
create index ix_tender_response_tender on tender_response (tender_id);
