-- Certificates (职称证书, issue #7): issued by the portal after a pass and a finished 评后公示, reissued (补发), kept
-- from another province's commissioned review, or imported from earlier systems. Anyone can verify one by its number
-- and the holder's name; the holder's ID number is kept only as a keyed hash (for lookup) and a masked form (for
-- display), never in full.

create sequence certificate_serial_seq;

create table certificate (
    id                  bigint generated always as identity primary key,
    number              varchar(40)  not null unique,
    holder_account_id   bigint       null references user_account (id),
    holder_name         varchar(64)  not null,
    holder_id_hash      char(64)     null,
    holder_id_masked    varchar(24)  null,
    title_name          varchar(60)  not null,
    series_name         varchar(60)  null,
    specialty_name      varchar(100) null,
    level               varchar(20)  not null,
    review_year         int          not null,
    committee_name      varchar(100) null,
    issuer              varchar(100) not null,
    issued_on           date         not null,
    source              varchar(20)  not null check (source in ('ISSUED', 'REISSUED', 'COMMISSIONED', 'IMPORTED')),
    status              varchar(20)  not null default 'VALID' check (status in ('VALID', 'REPLACED', 'REVOKED')),
    application_id      bigint       null unique references application (id),
    reissue_of_id       bigint       null references certificate (id),
    replaced_by_id      bigint       null references certificate (id),
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
-- 我的职称证书: a holder's certificates, newest first.
create index certificate_holder_idx on certificate (holder_account_id, issued_on desc, id);
-- 证书查询: by name and number (the unique index on number serves it), or by name and ID-number hash.
create index certificate_holder_id_hash_idx on certificate (holder_id_hash, holder_name) where holder_id_hash is not null;
