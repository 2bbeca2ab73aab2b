-- Password rotation (issue #10; 等保 2.0 三级 GB/T 22239-2019 8.1.4.1 a: 口令应定期更换): when each account's password was
-- last set, whether it must be changed at the next sign-in (a temporary password an administrator handed out), and
-- the hashes it replaced, so none of the last few is chosen again. Existing passwords count from the account's
-- creation; rows written without the column (the benchmark generator's COPY) count from now.
alter table user_account add column password_changed_at timestamptz not null default now();
update user_account set password_changed_at = created_at;
alter table user_account add column password_must_change boolean not null default false;

create table password_history (
    id            bigserial primary key,
    account_id    bigint       not null references user_account (id),
    password_hash varchar(100) not null,
    replaced_at   timestamptz  not null
);
-- The newest replaced hashes of one account, read on every password change.
create index password_history_account_idx on password_history (account_id, id desc);
