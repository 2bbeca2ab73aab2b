-- Business applications (业务申请, issue #5): one row per application of one applicant for one business type and
-- 评审年度, with the answers of each step of the filing wizard. The personal records it uses are chosen by id
-- (application_record); what was sent is frozen in `snapshot` at each submission, so a reviewer sees the file as
-- submitted even when the applicant later edits an unarchived record.

create sequence application_number_seq;

create table application (
    id                        bigint generated always as identity primary key,
    number                    varchar(24)  not null unique,
    applicant_id              bigint       not null references user_account (id),
    type                      varchar(30)  not null check (type in ('INITIAL_RECOGNITION', 'EVALUATION',
                                                                    'CERTIFICATE_REISSUE', 'COMMISSIONED_EVALUATION')),
    review_year               int          not null,
    status                    varchar(30)  not null,
    unit_id                   bigint       null references employer_unit (id),
    -- 个人信息 beyond the account: work start, current post and the current title (现职称, DOMAIN.md §6.3 一)
    work_started_on           date         null,
    current_specialty         varchar(60)  null,
    administrative_post       varchar(60)  null,
    title_name                varchar(60)  null,
    title_level               varchar(20)  null,
    title_obtained_by         varchar(20)  null,
    title_obtained_on         date         null,
    title_evaluation_year     int          null,
    title_certificate_no      varchar(60)  null,
    title_authority           varchar(100) null,
    -- 获现资格之前 and the 专业技术工作总结
    before_summary            varchar(2000) null,
    work_summary              varchar(3000) null,
    -- 申报信息
    series_id                 bigint       null references title_series (id),
    specialty_id              bigint       null references specialty (id),
    target_level              varchar(20)  null,
    committee_id              bigint       null references committee (id),
    route                     varchar(20)  not null default 'NORMAL' check (route in ('NORMAL', 'EXCEPTIONAL')),
    recommender1_name         varchar(40)  null,
    recommender1_title        varchar(60)  null,
    recommender1_unit         varchar(100) null,
    recommender2_name         varchar(40)  null,
    recommender2_title        varchar(60)  null,
    recommender2_unit         varchar(100) null,
    -- 证书补发申请
    reissue_certificate_no    varchar(60)  null,
    reissue_reason            varchar(20)  null check (reissue_reason in ('LOST', 'DAMAGED', 'DETAILS_CHANGED')),
    reissue_details           varchar(500) null,
    -- 省外委托评审申请
    commission_province       varchar(20)  null,
    commission_committee      varchar(100) null,
    commission_reason         varchar(500) null,
    -- wizard steps saved or skipped, comma separated
    completed_steps           varchar(300) not null default '',
    snapshot                  jsonb        null,
    submitted_at              timestamptz  null,
    status_changed_at         timestamptz  not null,
    created_at                timestamptz  not null,
    updated_at                timestamptz  not null,
    version                   bigint       not null default 0
);
-- 我的业务 (tracking): an applicant's applications, newest first.
create index application_applicant_idx on application (applicant_id, updated_at desc, id);
-- At most one active application per person, type and 评审年度 (issue #5 part 7); finished or abandoned ones stay
-- as history.
create unique index application_one_active_uk on application (applicant_id, type, review_year)
    where status not in ('PASSED', 'FAILED', 'NOT_ACCEPTED', 'ABANDONED');

-- The personal records an application uses. Record ids are per kind, so the kind is part of the key.
create table application_record (
    application_id bigint      not null references application (id) on delete cascade,
    kind           varchar(20) not null,
    record_id      bigint      not null,
    primary key (application_id, kind, record_id)
);

-- Every status change: who, in which role, when, from, to and why (STYLE.md: the workflow). Append-only.
create table application_history (
    id             bigint generated always as identity primary key,
    application_id bigint        not null references application (id),
    action         varchar(40)   not null,
    actor_id       bigint        not null references user_account (id),
    actor_role     varchar(20)   not null,
    from_status    varchar(30)   not null,
    to_status      varchar(30)   not null,
    reason         varchar(2000) null,
    happened_at    timestamptz   not null
);
create index application_history_application_idx on application_history (application_id, id);

create function application_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'application_history is append-only';
end;
$$;
create trigger application_history_is_append_only before update or delete on application_history
    for each row execute function application_history_append_only();
