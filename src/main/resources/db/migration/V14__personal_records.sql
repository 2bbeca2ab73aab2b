-- The applicant's personal records (个人档案记录, issue #5 parts 2–3): 学历, 工作经历, 继续教育, 业绩成果, 考核.
-- When a case ends they are archived (入库): reusable in later applications, never changed again. The application
-- refuses such changes, and a trigger per table refuses them as well, so no other code path (or a bug) can rewrite
-- what a committee has already seen.

create table education_record (
    id             bigint generated always as identity primary key,
    owner_id       bigint       not null references user_account (id),
    school         varchar(100) not null,
    major          varchar(100) not null,
    degree_level   varchar(40)  not null,
    full_time      boolean      not null,
    started_on     date         not null,
    graduated_on   date         not null,
    certificate_no varchar(60),
    archived_at    timestamptz  null,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now()
);
create index education_record_owner_idx on education_record (owner_id, graduated_on desc, id);

create table work_record (
    id           bigint generated always as identity primary key,
    owner_id     bigint       not null references user_account (id),
    unit_name    varchar(100) not null,
    started_on   date         not null,
    ended_on     date         null,
    position     varchar(60)  not null,
    work_content varchar(500) not null,
    witness      varchar(40),
    archived_at  timestamptz  null,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now()
);
create index work_record_owner_idx on work_record (owner_id, started_on desc, id);

create table training_record (
    id                 bigint generated always as identity primary key,
    owner_id           bigint      not null references user_account (id),
    year               int         not null,
    public_hours       int         not null check (public_hours >= 0),
    professional_hours int         not null check (professional_hours >= 0),
    elective_hours     int         not null check (elective_hours >= 0),
    certificate_no     varchar(60),
    archived_at        timestamptz null,
    version            bigint      not null default 0,
    created_at         timestamptz not null default now()
);
create index training_record_owner_idx on training_record (owner_id, year desc, id);
-- One year's hours once per person among the records still being edited; archived years stay as history.
create unique index training_record_owner_year_uk on training_record (owner_id, year) where archived_at is null;

create table achievement_record (
    id               bigint generated always as identity primary key,
    owner_id         bigint       not null references user_account (id),
    kind             varchar(20)  not null check (kind in ('PROJECT', 'PAPER', 'AWARD', 'PATENT', 'STANDARD')),
    title            varchar(200) not null,
    role_or_rank     varchar(60)  not null,
    level_or_journal varchar(100),
    happened_on      date         not null,
    description      varchar(1000),
    archived_at      timestamptz  null,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now()
);
create index achievement_record_owner_idx on achievement_record (owner_id, kind, happened_on desc, id);

create table appraisal_record (
    id          bigint generated always as identity primary key,
    owner_id    bigint      not null references user_account (id),
    year        int         not null,
    result      varchar(20) not null check (result in ('EXCELLENT', 'PASS', 'BASIC_PASS', 'FAIL')),
    archived_at timestamptz null,
    version     bigint      not null default 0,
    created_at  timestamptz not null default now()
);
create index appraisal_record_owner_idx on appraisal_record (owner_id, year desc, id);
-- 年度考核: one result a year (DOMAIN.md §6.3 五).
create unique index appraisal_record_owner_year_uk on appraisal_record (owner_id, year) where archived_at is null;

create function personal_record_refuse_archived() returns trigger language plpgsql as $$
begin
    if old.archived_at is not null then
        raise exception '% row % is archived (已入库) and cannot be changed or deleted', tg_table_name, old.id;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger education_record_archived_is_immutable before update or delete on education_record
    for each row execute function personal_record_refuse_archived();
create trigger work_record_archived_is_immutable before update or delete on work_record
    for each row execute function personal_record_refuse_archived();
create trigger training_record_archived_is_immutable before update or delete on training_record
    for each row execute function personal_record_refuse_archived();
create trigger achievement_record_archived_is_immutable before update or delete on achievement_record
    for each row execute function personal_record_refuse_archived();
create trigger appraisal_record_archived_is_immutable before update or delete on appraisal_record
    for each row execute function personal_record_refuse_archived();
