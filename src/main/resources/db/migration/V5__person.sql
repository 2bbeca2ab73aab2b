-- Personal details of an account (issue #3). ID and mobile numbers are unique among accounts that have them; gender
-- and birth date are derived from the ID number, never typed. A reviewer may be tied to a committee office.
alter table user_account
    add column mobile       varchar(11),
    add column id_number    varchar(18),
    add column gender       varchar(8) check (gender in ('MALE', 'FEMALE')),
    add column birth_date   date,
    add column education    varchar(32),
    add column committee_id bigint references committee (id);

create unique index user_account_mobile_key on user_account (mobile) where mobile is not null;
create unique index user_account_id_number_key on user_account (id_number) where id_number is not null;
-- The administrator's user search: by name within a role, newest first.
create index user_account_display_name_idx on user_account (display_name, id);

-- One-time codes sent to a mobile number (registration, password reset). Only a salted hash of the code is kept.
create table verification_code (
    id          bigint generated always as identity primary key,
    mobile      varchar(11) not null,
    purpose     varchar(32) not null,
    code_hash   varchar(64) not null,
    salt        varchar(32) not null,
    attempts    integer     not null default 0,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    consumed_at timestamptz
);

create index verification_code_lookup_idx on verification_code (mobile, purpose, created_at desc);

-- The applicant's 大一寸 photo, re-encoded as JPEG (metadata stripped); one per account, replaced on upload.
create table person_photo (
    account_id  bigint primary key references user_account (id),
    content     bytea       not null,
    width       integer     not null,
    height      integer     not null,
    uploaded_at timestamptz not null
);
