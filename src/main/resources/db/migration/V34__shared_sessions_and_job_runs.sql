-- Issue #11: several instances on one PostgreSQL.

-- Signed-in sessions live here (Spring Session JDBC, its PostgreSQL schema), so any instance serves any request and an
-- instance that stops takes no session with it. Attributes are Java-serialized by the portal's classes; one that a
-- later version cannot read is dropped (the user signs in again), never a failed request (system/session).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
-- The cleanup deletes by expiry; ending a user's other sessions finds them by principal.
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One row per run of a timed job (a cron slot): the primary key is the claim, so however many instances fire for the
-- slot, whatever their clocks say, one inserts the row and runs; the others find it and skip (system/scheduling).
-- It is also the jobs' history: which instance ran what, when, and how it ended.
create table job_run (
    job_name    varchar(100) not null,
    slot        timestamptz  not null,
    instance    varchar(200) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz,
    outcome     varchar(16)  not null,
    error       varchar(200),
    constraint job_run_pk primary key (job_name, slot),
    constraint job_run_outcome check (outcome in ('RUNNING', 'SUCCEEDED', 'FAILED'))
);

-- The administrator's page lists the latest runs first.
create index job_run_started on job_run (started_at desc);
