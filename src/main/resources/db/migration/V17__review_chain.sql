-- The review chain (issue #6): where a submitted file stands beyond the applicant's hands. The jurisdiction of every
-- reviewer is copied onto the application when it is submitted (unit, county, city, and the committee's intake
-- deadline), so that each queue is one indexed range in SQL rather than a join through units and regions.

alter table application
    add column applicant_name      varchar(64)  null,
    add column county_id           bigint       null references region (id),
    add column city_id             bigint       null references region (id),
    add column committee_deadline  date         null,
    add column notice_starts_on    date         null,
    add column notice_ends_on      date         null,
    add column paper_received_at   timestamptz  null,
    add column paper_received_by   bigint       null references user_account (id),
    add column claimed_by          bigint       null references user_account (id),
    add column claimed_at          timestamptz  null,
    add column amendment_due_on    date         null,
    add column returned_snapshot   jsonb        null;

-- Queues: the unit's, the county's and the city's, each by status and time in stage; the city's by the
-- committee's deadline first (issue #6 part 4), with id as the keyset tiebreaker.
create index application_unit_queue_idx on application (unit_id, status, status_changed_at, id);
create index application_county_queue_idx on application (county_id, status, status_changed_at, id);
-- Files without a committee (recognition, commissions) sort after every deadline.
create index application_city_queue_idx on application
    (city_id, coalesce(committee_deadline, date '9999-12-31'), status_changed_at, id);
create index application_name_trgm_idx on application using gin (applicant_name gin_trgm_ops);
-- Reminder jobs: returns with an amendment deadline.
create index application_amendment_due_idx on application (amendment_due_on) where amendment_due_on is not null;

-- System and public actions (an amendment deadline passing, an objection lodged by anyone) have no account.
alter table application_history alter column actor_id drop not null;
alter table application_history alter column actor_role type varchar(30);

-- Reasons of a return (退回), structured: each tied to the step (section) it concerns, never empty.
create table return_reason (
    id             bigint generated always as identity primary key,
    application_id bigint        not null references application (id),
    history_id     bigint        not null references application_history (id),
    section        varchar(30)   not null,
    text           varchar(500)  not null check (length(btrim(text)) > 0)
);
create index return_reason_application_idx on return_reason (application_id, history_id, id);
