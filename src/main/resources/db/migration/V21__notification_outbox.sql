-- Notifications and reminder jobs (issue #6 part 7).

-- The 发送记录 becomes the outbox: an SMS or email is recorded as PENDING in the sender's transaction and a dispatcher
-- hands it to a gateway later, counting attempts, keeping the last error and backing off until it is SENT or FAILED.
-- In-app messages are SENT when recorded. Rows written before this migration were sent synchronously.
alter table notification_record drop constraint notification_record_channel_check;
alter table notification_record drop constraint notification_record_recipient_check;
alter table notification_record
    add column email           varchar(254),
    add column status          varchar(16)  not null default 'SENT',
    add column attempts        integer      not null default 0,
    add column last_error      varchar(500),
    add column next_attempt_at timestamptz,
    add column sent_at         timestamptz;
update notification_record set sent_at = created_at, attempts = case when channel = 'SMS' then 1 else 0 end;
alter table notification_record alter column status drop default;
alter table notification_record
    add constraint notification_record_channel_check check (channel in ('SMS', 'IN_APP', 'EMAIL')),
    add constraint notification_record_status_check check (status in ('PENDING', 'SENT', 'FAILED')),
    add constraint notification_record_recipient_check check (
        (channel = 'SMS' and mobile is not null and recipient_account_id is null and email is null)
        or (channel = 'IN_APP' and recipient_account_id is not null and mobile is null and email is null)
        or (channel = 'EMAIL' and email is not null and mobile is null and recipient_account_id is null)),
    add constraint notification_record_pending_check check (status <> 'PENDING' or next_attempt_at is not null);
-- The dispatcher's round: pending messages by when they are due. Partial, so it stays as small as the backlog.
create index notification_record_pending_idx on notification_record (next_attempt_at, id) where status = 'PENDING';

-- ShedLock: one row per scheduled job; an instance runs a job only while it holds the row (lock_until in the future).
-- Times are the database's own (UTC), as ShedLock's JDBC provider writes them with usingDbTime().
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Reminders sent, one row per file, kind and day: a job that runs twice on a day (a retry, a second instance after
-- the lock expired) sends nothing the second time.
create table reminder_sent (
    application_id bigint      not null references application (id),
    kind           varchar(30) not null,
    sent_on        date        not null,
    sent_at        timestamptz not null,
    primary key (application_id, kind, sent_on)
);

-- Reviewers' deadline reminders: files in county or city review by their committee's deadline, across regions.
-- (V17's city queue index leads with city_id, so it cannot serve a range over every city.)
create index application_review_deadline_idx on application (status, committee_deadline)
    where status in ('COUNTY_REVIEW', 'CITY_REVIEW');
-- Returns left unanswered with no amendment deadline, by when they were returned. Returns with a deadline are
-- served by V17's application_amendment_due_idx.
create index application_returned_unanswered_idx on application (status_changed_at)
    where status = 'RETURNED' and amendment_due_on is null;
