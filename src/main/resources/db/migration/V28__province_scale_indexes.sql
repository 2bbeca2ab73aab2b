-- Province scale (issue #9 part 3): found by NoSequentialScanTests, which EXPLAINs every query the UI issues against a
-- generated data set. The 评审结果名单 export of a county or a city (ResultListQuery) starts from the year's files of
-- the jurisdiction (application_county_year_idx, application_city_year_idx, V27) and needs each file's vote: through
-- the primary key every vote cost a heap visit, so PostgreSQL preferred reading the whole committee_vote table into a
-- hash (330 ms for a county at a million files). With the vote's columns in the index each file's vote is one
-- index-only probe (9 ms).
create index committee_vote_application_cover_idx on committee_vote (application_id)
    include (session_id, agree, disagree, abstain, outcome);
