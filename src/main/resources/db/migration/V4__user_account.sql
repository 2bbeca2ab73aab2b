-- Accounts of every role. A unit HR officer belongs to a unit, a county or city reviewer to a region, an
-- applicant to the unit that keeps their HR file. Usernames are stored lower-case.
create table user_account (
    id                 bigint generated always as identity primary key,
    username           varchar(32)  not null unique,
    password_hash      varchar(100) not null,
    display_name       varchar(64)  not null,
    role               varchar(20)  not null
        check (role in ('APPLICANT', 'UNIT_HR', 'COUNTY_REVIEWER', 'CITY_REVIEWER', 'ADMIN')),
    unit_id            bigint references employer_unit (id),
    region_id          bigint references region (id),
    enabled            boolean      not null default true,
    failed_login_count integer      not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);

create index user_account_role_idx on user_account (role, username);
create index user_account_unit_idx on user_account (unit_id);
create index user_account_region_idx on user_account (region_id);
