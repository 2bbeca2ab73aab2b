-- Province scale (issue #9): the city's queue (ReviewQueries, the CITY stages) in committee-deadline order. The V17
-- index holds every file the city ever had, decided ones of earlier years included, so at a million files a page
-- walked tens of thousands of index entries, checking each file's status, before finding 21 in the city's stages
-- (bench/run: 128 queue queries a second in bare SQL, p50 243 ms at 32 connections). This one holds only the files in
-- those stages, already in the queue's order; a filter on one of them (status = ACCEPTED) still implies its predicate.
create index application_city_stage_queue_idx on application
    (city_id, coalesce(committee_deadline, date '9999-12-31'), status_changed_at, id)
    where status in ('CITY_REVIEW', 'ACCEPTED', 'IN_COMMITTEE_REVIEW');
