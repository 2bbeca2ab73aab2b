-- List exports (issue #8 part 2): the 评前公示名单 and the 评审结果名单 of one review year in a county's or a city's
-- jurisdiction. The queue indexes of V17 lead with the jurisdiction and then the status, so a year's files of a city
-- were found by intersecting them with application_review_year_idx (V25): ~50 ms for a city of 14,000 files over ten
-- years. These give the year's files of a county or a city directly, those past the start of their notice already in
-- the export's order; a unit's files are few and application_unit_queue_idx serves them.
create index application_county_year_idx on application (county_id, review_year, notice_starts_on, id);
create index application_city_year_idx on application (city_id, review_year, notice_starts_on, id);
-- The result list starts from the year's committee sessions (one committee's, or all), then reads their votes by
-- committee_vote_session_idx (V20).
create index committee_session_year_idx on committee_session (review_year, committee_id);
