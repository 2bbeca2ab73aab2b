-- 发送记录: every SMS and in-app message the portal sends, whichever gateway carried it. An SMS names a mobile, an
-- in-app message an account, never both. The full mobile is kept for inquiries ("did you text my number?"); pages
-- and logs show it masked.
create table notification_record (
    id                   bigint generated always as identity primary key,
    channel              varchar(16)   not null check (channel in ('SMS', 'IN_APP')),
    mobile               varchar(20),
    recipient_account_id bigint references user_account (id),
    purpose              varchar(40)   not null,
    text                 varchar(1000) not null,
    created_at           timestamptz   not null default now(),
    constraint notification_record_recipient_check check (
        (channel = 'SMS' and mobile is not null and recipient_account_id is null)
        or (channel = 'IN_APP' and recipient_account_id is not null and mobile is null))
);

-- An account's inbox, newest first.
create index notification_record_recipient_idx
    on notification_record (recipient_account_id, created_at desc, id desc);
-- The administrators' log, keyset-paged newest first.
create index notification_record_created_idx on notification_record (created_at desc, id desc);
