-- 证书信息更正申请 (issue #7 part 2): when a public lookup finds nothing, the person asks the city bureau of their
-- choice to correct the record. Filed without a login, so the ID number is kept only as the certificates' keyed hash
-- (the same one the lookup uses) and a mask; the mobile is kept for the bureau to call back but shown masked.

create table certificate_correction (
    id                  bigint generated always as identity primary key,
    city_id             bigint        not null references region (id),
    holder_name         varchar(64)   not null,
    holder_id_hash      char(64)      not null,
    holder_id_masked    varchar(24)   not null,
    certificate_number  varchar(40)   null,
    review_year         int           null,
    contact_mobile      varchar(11)   not null,
    description         varchar(1000) not null,
    client_hash         char(64)      not null,
    submitted_at        timestamptz   not null,
    status              varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    resolution          varchar(1000) null,
    resolved_by         bigint        null references user_account (id),
    resolved_at         timestamptz   null,
    version             bigint        not null default 0,
    check ((status = 'OPEN') = (resolution is null))
);
-- The city bureau's queue: its open (or resolved) requests in the order they came, paged by id.
create index certificate_correction_city_idx on certificate_correction (city_id, status, id);
-- The public form's limits: requests from one client within the hour, about one ID number within the day.
create index certificate_correction_client_idx on certificate_correction (client_hash, submitted_at);
create index certificate_correction_holder_idx on certificate_correction (holder_id_hash, submitted_at);
