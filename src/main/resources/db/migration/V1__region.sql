-- Administrative divisions (GB/T 2260 codes): province > city > county. Every jurisdiction in the portal
-- (a unit's location, a reviewer's county or city, a committee's reach) points here.
create table region (
    id        bigint generated always as identity primary key,
    code      varchar(12) not null unique,
    name      varchar(64) not null,
    level     varchar(16) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    parent_id bigint references region (id)
);

create index region_parent_idx on region (parent_id, code);
