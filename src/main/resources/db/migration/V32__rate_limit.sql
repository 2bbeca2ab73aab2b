-- 访问频率限制 (issue #10): hits of failed logins and verification codes per client address or mobile, each kept only
-- as a keyed hash (RateLimiter), so every instance counts the same hits. A key's window is one index range.
create table rate_limit_hit (
    id       bigint generated always as identity primary key,
    bucket   varchar(32) not null,
    key_hash varchar(64) not null,
    hit_at   timestamptz not null
);
create index rate_limit_hit_key_idx on rate_limit_hit (bucket, key_hash, hit_at);
-- The daily purge.
create index rate_limit_hit_at_idx on rate_limit_hit (hit_at);
