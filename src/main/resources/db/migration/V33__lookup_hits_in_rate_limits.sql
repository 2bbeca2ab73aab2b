-- Certificate lookups are counted by the portal's one rate limiter (rate_limit_hit, V32, bucket certificate-lookup):
-- the separate table of V23 is no longer written. Its hits were worth at most an hour.
drop table certificate_lookup_hit;
