-- Unit approval (issue #3). The administrator's queue is every pending unit, newest first: the (status, region_id, id)
-- and (status, supervising_unit_id, id) indexes of V7 cannot give that order, this one can.
create index employer_unit_status_id_idx on employer_unit (status, id);

-- The non-public intake points (非公职称申报点) that the help page lists: few rows, found without reading the table.
create index employer_unit_intake_idx on employer_unit (region_id, name) where non_public_intake;
