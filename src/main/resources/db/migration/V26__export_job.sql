-- Background exports (issue #8 parts 2 and 3): a queue, notice or result list, or a committee's material pack is
-- written by a job while the page shows its progress, and downloaded when ready. The document is kept in PostgreSQL in
-- chunks, not on one instance's disk, so any instance behind the load balancer serves the download (issue #11), and
-- neither writing nor reading it ever holds more than one chunk in memory.

create table export_job (
    id           bigint generated always as identity primary key,
    owner_id     bigint       not null references user_account (id),
    kind         varchar(20)  not null check (kind in ('QUEUE', 'NOTICE_LIST', 'RESULT_LIST', 'COMMITTEE_PACK')),
    file_name    varchar(200) not null,
    ascii_name   varchar(200) not null,
    content_type varchar(100) not null,
    status       varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    units_done   bigint       not null default 0 check (units_done >= 0),
    units_total  bigint       null check (units_total >= 0),
    size_bytes   bigint       null,
    error_key    varchar(100) null,
    created_at   timestamptz  not null,
    started_at   timestamptz  null,
    finished_at  timestamptz  null,
    heartbeat_at timestamptz  not null,
    expires_at   timestamptz  not null,
    -- a ready document has its size, a failed one its reason
    check ((status = 'READY') = (size_bytes is not null)),
    check ((status = 'FAILED') = (error_key is not null))
);
-- The exports page: the owner's jobs, newest first.
create index export_job_owner_idx on export_job (owner_id, id desc);
-- The clean-up: expired jobs, and jobs whose instance stopped reporting (a crash or a redeploy mid-export).
create index export_job_expiry_idx on export_job (expires_at);
create index export_job_stale_idx on export_job (heartbeat_at) where status in ('QUEUED', 'RUNNING');

create table export_chunk (
    job_id bigint not null references export_job (id) on delete cascade,
    seq    int    not null check (seq >= 0),
    bytes  bytea  not null,
    primary key (job_id, seq)
);
-- XLSX and ZIP are compressed already: storing them out of line without a second compression saves the CPU.
alter table export_chunk alter column bytes set storage external;
