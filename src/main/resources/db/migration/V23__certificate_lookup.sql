-- 证书查询 rate limit (issue #7): one row per lookup or API verification, by a keyed hash of the client's address
-- (never the address itself: PIPL counts it as personal information). Rows older than a day are purged daily.
create table certificate_lookup_hit (
    id          bigint generated always as identity primary key,
    client_hash char(64)    not null,
    hit_at      timestamptz not null
);
-- Counting a client's hits within the last hour, and the purge by age.
create index certificate_lookup_hit_client_idx on certificate_lookup_hit (client_hash, hit_at);
create index certificate_lookup_hit_at_idx on certificate_lookup_hit (hit_at);
-- The daily issuing job: passed evaluations (few), joined to their vote and session, minus those with a certificate.
create index application_passed_idx on application (id) where status = 'PASSED';
