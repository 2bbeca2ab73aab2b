-- The demo world: 广东省 → 清远市 with its eight county-level divisions, and 广州市 番禺区; employer units along one
-- supervision chain, two non-public intake points; the two 清远 生态环境 committees. Every insert is keyed on a
-- natural key and skips what exists, so loading twice never duplicates.
insert into region (code, name, level, parent_id) values ('440000', '广东省', 'PROVINCE', null)
    on conflict (code) do nothing;
insert into region (code, name, level, parent_id)
select c.code, c.name, 'CITY', (select id from region where code = '440000')
from (values ('441800', '清远市'), ('440100', '广州市')) as c(code, name)
on conflict (code) do nothing;
insert into region (code, name, level, parent_id)
select c.code, c.name, 'COUNTY', (select id from region where code = c.city)
from (values ('441802', '清城区', '441800'), ('441803', '清新区', '441800'), ('441821', '佛冈县', '441800'),
             ('441823', '阳山县', '441800'), ('441825', '连山壮族瑶族自治县', '441800'),
             ('441826', '连南瑶族自治县', '441800'), ('441881', '英德市', '441800'), ('441882', '连州市', '441800'),
             ('440113', '番禺区', '440100')) as c(code, name, city)
on conflict (code) do nothing;

-- Units go in parents first, one statement per tier: a statement does not see its own inserts, and each
-- supervising unit must exist when its children name it.
insert into employer_unit (name, credit_code, type, region_id, supervising_unit_id, non_public_intake, status)
select u.name, u.credit_code, u.type, (select id from region where code = u.region), null, u.intake, 'APPROVED'
from (values ('清远市生态环境局', '11441800MB2C100018', 'GOVERNMENT_ORGAN', '441800', false),
             ('清远市市直非公人事管理单位（环保专业）', '11441800MB2C10004H', 'GOVERNMENT_ORGAN', '441800', true),
             ('广州市番禺区非公职称申报点', '11440113MB2C10005Y', 'GOVERNMENT_ORGAN', '440113', true))
         as u(name, credit_code, type, region, intake)
on conflict (credit_code) do nothing;
insert into employer_unit (name, credit_code, type, region_id, supervising_unit_id, non_public_intake, status)
select u.name, u.credit_code, u.type, (select id from region where code = u.region),
       (select id from employer_unit where credit_code = u.supervisor), false, 'APPROVED'
from (values ('清远市生态环境局清城分局', '11441802MB2C100028', 'GOVERNMENT_ORGAN', '441802', '11441800MB2C100018'),
             ('清远市生态环境局英德分局', '11441881MB2C100088', 'GOVERNMENT_ORGAN', '441881', '11441800MB2C100018'),
             ('清远绿源环保科技有限公司', '91441803MA4W10006E', 'NON_PUBLIC_ENTERPRISE', '441803', '11441800MB2C10004H'))
         as u(name, credit_code, type, region, supervisor)
on conflict (credit_code) do nothing;
insert into employer_unit (name, credit_code, type, region_id, supervising_unit_id, non_public_intake, status)
select u.name, u.credit_code, 'PUBLIC_INSTITUTION', (select id from region where code = u.region),
       (select id from employer_unit where credit_code = u.supervisor), false, 'APPROVED'
from (values ('清远市清城区环境监测站', '12441802MB2D10003T', '441802', '11441802MB2C100028'),
             ('英德市环境监测站', '12441881MB2D10007L', '441881', '11441881MB2C100088'))
         as u(name, credit_code, region, supervisor)
on conflict (credit_code) do nothing;

insert into committee (name, region_id, lowest_level, highest_level, office_name, office_phone)
select c.name, (select id from region where code = '441800'), c.lowest, c.highest, c.office, null
from (values ('清远市工程系列生态环境专业中级职称评审委员会', 'INTERMEDIATE', 'INTERMEDIATE',
              '清远市工程系列生态环境专业中级职称评审委员会办公室'),
             ('清远市工程系列生态环境专业初级职称评审委员会', 'STAFF', 'ASSISTANT',
              '清远市工程系列生态环境专业初级职称评审委员会办公室'))
         as c(name, lowest, highest, office)
on conflict (name) do nothing;

-- The two 清远 生态环境 committees belong to the engineering series, take the field's three specialties and have
-- intake windows for review years 2025 and 2026 (DOMAIN.md §7.2).
update committee set series_id = (select id from title_series where code = 'ENGINEERING'), jurisdiction = 'CITY'
where name in ('清远市工程系列生态环境专业中级职称评审委员会', '清远市工程系列生态环境专业初级职称评审委员会')
  and series_id is null;
insert into committee_specialty (committee_id, specialty_id)
select c.id, s.id
from committee c
         cross join specialty s
         join field f on f.id = s.field_id
where c.name in ('清远市工程系列生态环境专业中级职称评审委员会', '清远市工程系列生态环境专业初级职称评审委员会')
  and f.name = '生态环境工程'
on conflict do nothing;
insert into intake_window (committee_id, review_year, opens_on, closes_on, amendments_allowed, amendment_working_days)
select c.id, w.review_year, w.opens_on, w.closes_on, w.amendments, w.days
from committee c
         cross join (values (2025, date '2026-01-05', date '2026-03-31', true, 5),
                            (2026, date '2027-01-04', date '2027-03-31', false, null::int))
    as w(review_year, opens_on, closes_on, amendments, days)
where c.name in ('清远市工程系列生态环境专业中级职称评审委员会', '清远市工程系列生态环境专业初级职称评审委员会')
on conflict (committee_id, review_year) do nothing;
