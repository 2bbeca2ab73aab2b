-- The catalog (issue #4): series → field → specialty with each series' level names, committees' series, specialties
-- and yearly intake windows, and the routing of each application kind and level as data (DOMAIN.md §1, §7).
-- Series and specialties are reference data every installation needs, so they are seeded here, not in the demo.
create table title_series (
    id   bigint generated always as identity primary key,
    code varchar(32)  not null unique,
    name varchar(64)  not null unique
);

-- The name of each level in a series; a series without a level (高校教师 has no 员级) has no row for it.
create table series_level_name (
    series_id bigint      not null references title_series (id),
    level     varchar(16) not null,
    name      varchar(64) not null,
    primary key (series_id, level)
);

create table field (
    id        bigint generated always as identity primary key,
    series_id bigint       not null references title_series (id),
    name      varchar(64)  not null,
    version   bigint       not null default 0,
    unique (series_id, name)
);

create table specialty (
    id       bigint generated always as identity primary key,
    field_id bigint      not null references field (id),
    name     varchar(64) not null,
    version  bigint      not null default 0,
    unique (field_id, name)
);

-- Committees created before the catalog have no series until an administrator (or the demo loader) gives them one.
alter table committee add column series_id bigint references title_series (id);
alter table committee add column jurisdiction varchar(16) not null default 'CITY'
    check (jurisdiction in ('CITY', 'PROVINCE'));

create table committee_specialty (
    committee_id bigint not null references committee (id),
    specialty_id bigint not null references specialty (id),
    primary key (committee_id, specialty_id)
);

create index committee_specialty_specialty_idx on committee_specialty (specialty_id);

-- Committees take files Jan–Mar of the year after the 评审年度, each inside its own window (DOMAIN.md §7.2).
create table intake_window (
    id                     bigint generated always as identity primary key,
    committee_id           bigint  not null references committee (id),
    review_year            int     not null,
    opens_on               date    not null,
    closes_on              date    not null,
    amendments_allowed     boolean not null default false,
    amendment_working_days int,
    version                bigint  not null default 0,
    unique (committee_id, review_year),
    check (opens_on <= closes_on)
);

create index intake_window_year_idx on intake_window (review_year, opens_on, closes_on);

-- Who reviews what (DOMAIN.md §7.3). A null level means every level; a rule for the exact level wins over it.
create table routing_rule (
    id               bigint generated always as identity primary key,
    application_kind varchar(32)  not null
        check (application_kind in ('EVALUATION', 'INITIAL_RECOGNITION', 'COMMISSIONED_EVALUATION', 'CERTIFICATE_REISSUE')),
    level            varchar(16),
    destination      varchar(32)  not null
        check (destination in ('CITY_COMMITTEE', 'CITY_BUREAU_TO_PROVINCE', 'CITY_BUREAU')),
    note             varchar(256),
    version          bigint       not null default 0
);

create unique index routing_rule_kind_level_idx on routing_rule (application_kind, coalesce(level, ''));

insert into title_series (code, name) values ('ENGINEERING', '工程技术人员');

insert into series_level_name (series_id, level, name)
select (select id from title_series where code = 'ENGINEERING'), l.level, l.name
from (values ('STAFF', '技术员'), ('ASSISTANT', '助理工程师'), ('INTERMEDIATE', '工程师'),
             ('DEPUTY_SENIOR', '高级工程师'), ('SENIOR', '正高级工程师')) as l(level, name);

insert into field (series_id, name)
select (select id from title_series where code = 'ENGINEERING'), f.name
from (values ('生态环境工程'), ('建筑'), ('人工智能')) as f(name);

-- 生态环境 per 湛江/广州 notices; 建筑 from a reproduction of the GD standard (DOMAIN.md §1.3).
insert into specialty (field_id, name)
select (select id from field where name = s.field), s.name
from (values ('生态环境工程', '生态环境工程'), ('生态环境工程', '生态环境管理与咨询'), ('生态环境工程', '生态环境监测'),
             ('建筑', '城乡规划'), ('建筑', '建筑学'), ('建筑', '建筑结构设计'), ('建筑', '建筑电气设计'),
             ('建筑', '给排水设计'), ('建筑', '暖通空调设计'), ('建筑', '风景园林设计'), ('建筑', '建筑施工'),
             ('建筑', '市政路桥施工'), ('人工智能', '人工智能')) as s(field, name);

insert into routing_rule (application_kind, level, destination, note) values
    ('EVALUATION', 'STAFF', 'CITY_COMMITTEE', '员级由地级市评委会评审'),
    ('EVALUATION', 'ASSISTANT', 'CITY_COMMITTEE', '助理级由地级市评委会评审'),
    ('EVALUATION', 'INTERMEDIATE', 'CITY_COMMITTEE', '中级由地级市评委会评审'),
    ('EVALUATION', 'DEPUTY_SENIOR', 'CITY_BUREAU_TO_PROVINCE', '副高级经市人社局报省级评委会'),
    ('EVALUATION', 'SENIOR', 'CITY_BUREAU_TO_PROVINCE', '正高级仅由省级评委会评审'),
    ('COMMISSIONED_EVALUATION', null, 'CITY_BUREAU_TO_PROVINCE', '省外委托评审经市人社局报省'),
    ('INITIAL_RECOGNITION', null, 'CITY_BUREAU', '初次考核认定不经评委会表决，最高至中级'),
    ('CERTIFICATE_REISSUE', null, 'CITY_BUREAU', '证书补发由市人社局办理');
