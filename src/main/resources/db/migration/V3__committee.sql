-- Evaluation committees (评委会): which levels they review and the region they serve. Series, specialties and
-- yearly intake windows arrive with the catalog (issue #4).
create table committee (
    id            bigint generated always as identity primary key,
    name          varchar(128) not null unique,
    region_id     bigint       not null references region (id),
    lowest_level  varchar(16)  not null,
    highest_level varchar(16)  not null,
    office_name   varchar(128) not null,
    office_phone  varchar(32),
    version       bigint       not null default 0
);

create index committee_region_idx on committee (region_id, name);
