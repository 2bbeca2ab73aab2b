-- Unit onboarding and the applicant's HR-unit change (issue #3).
alter table employer_unit
    add column address          varchar(200),
    add column contact_name     varchar(64),
    add column contact_phone    varchar(20),
    add column decided_by       bigint references user_account (id),
    add column decided_at       timestamptz,
    add column decision_reason  varchar(500);

-- Approval queues: pending units of a region, and of a supervising unit.
create index employer_unit_status_region_idx on employer_unit (status, region_id, id);
create index employer_unit_status_supervisor_idx on employer_unit (status, supervising_unit_id, id);

create table unit_change_request (
    id              bigint generated always as identity primary key,
    applicant_id    bigint       not null references user_account (id),
    from_unit_id    bigint references employer_unit (id),
    to_unit_id      bigint       not null references employer_unit (id),
    status          varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'DECLINED', 'CANCELLED')),
    reason          varchar(500),
    decision_reason varchar(500),
    decided_by      bigint references user_account (id),
    created_at      timestamptz  not null,
    decided_at      timestamptz,
    version         bigint       not null default 0
);

-- The new unit's queue, and the applicant's history.
create index unit_change_request_to_idx on unit_change_request (to_unit_id, status, created_at desc);
create index unit_change_request_applicant_idx on unit_change_request (applicant_id, created_at desc);
-- At most one open request per applicant.
create unique index unit_change_request_one_open on unit_change_request (applicant_id) where status = 'PENDING';

-- Finding a unit by part of its name (applicants choosing their HR unit, officers choosing a supervising unit).
-- Trigram matching serves names of three characters or more; shorter queries are bounded by their LIMIT.
create extension if not exists pg_trgm;
create index employer_unit_name_trgm_idx on employer_unit using gin (name gin_trgm_ops);
create index employer_unit_credit_prefix_idx on employer_unit (credit_code varchar_pattern_ops);
