-- Employer units (人事管理单位). The supervising unit (主管单位) is another unit, so units form a tree; a unit
-- acts only once approved.
create table employer_unit (
    id                  bigint generated always as identity primary key,
    name                varchar(128) not null,
    credit_code         varchar(18)  not null unique,
    type                varchar(32)  not null
        check (type in ('GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE', 'NON_PUBLIC_ENTERPRISE',
                        'SOCIAL_ORGANIZATION')),
    region_id           bigint       not null references region (id),
    supervising_unit_id bigint references employer_unit (id),
    non_public_intake   boolean      not null default false,
    status              varchar(16)  not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);

create index employer_unit_region_idx on employer_unit (region_id, name);
create index employer_unit_supervising_idx on employer_unit (supervising_unit_id);
