-- 评前公示 in public and its objections (异议, issue #6 part 2). Anyone may object while a file is in its notice
-- (人社部令第40号 Art. 16, DOMAIN.md §4.1); an open objection holds the file until the unit records a resolution.
-- Contact details are optional and never shown in public; the sender's address is kept only as a keyed SHA-256
-- (HMAC with a server secret), enough to limit how often one client objects, never the address itself.

create table objection (
    id             bigint generated always as identity primary key,
    application_id bigint        not null references application (id),
    lodged_at      timestamptz   not null,
    contact_name   varchar(40)   null,
    contact_phone  varchar(11)   null,
    text           varchar(1000) not null check (length(btrim(text)) >= 10),
    -- SHA-256 of the normalised text: the same complaint twice on one file is refused, even when two arrive at once.
    text_hash      char(64)      not null,
    client_hash    char(64)      not null,
    status         varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'RESOLVED')),
    resolution     varchar(1000) null,
    resolved_by    bigint        null references user_account (id),
    resolved_at    timestamptz   null,
    check ((status = 'OPEN') = (resolved_at is null)),
    check (status = 'OPEN' or length(btrim(resolution)) > 0)
);
-- The unit's panel (a file's objections in order), the open count that releases the file, and the per-file limit
-- (objections to one file within a day) all read this range.
create index objection_application_idx on objection (application_id, lodged_at, id);
create unique index objection_text_uk on objection (application_id, text_hash);
-- The per-client limit: objections from one client within the last hour, across all files.
create index objection_client_idx on objection (client_hash, lodged_at);

-- The public list: files in their notice, by the day it ends and id (the keyset). Partial, so it holds only the few
-- files in notice at any time; the predicate names the same statuses as the query.
create index application_public_notice_idx on application (notice_ends_on, id)
    where status in ('IN_PUBLIC_NOTICE', 'HELD_BY_OBJECTION');
