-- The working-day calendar: only the exceptions to "Mon–Fri work, Sat–Sun rest" are stored, taken from the State
-- Council's yearly notices (DOMAIN.md §4.2). A day off that falls on a weekend is still a HOLIDAY, as the notice lists it.
create table calendar_year (
    year      int primary key,
    source    varchar(300) not null,
    loaded_at timestamptz
);

create table calendar_day (
    day  date primary key,
    kind varchar(20) not null check (kind in ('HOLIDAY', 'ADJUSTED_WORKDAY')),
    name varchar(40)
);

insert into calendar_year (year, source, loaded_at) values
    (2024, '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023-10-25）', now()),
    (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）', now()),
    (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）', now());

-- Ranges of days off.
insert into calendar_day (day, kind, name)
select d::date, 'HOLIDAY', h.name
from (values
    ('2024-01-01'::date, '2024-01-01'::date, '元旦'),
    ('2024-02-10', '2024-02-17', '春节'),
    ('2024-04-04', '2024-04-06', '清明节'),
    ('2024-05-01', '2024-05-05', '劳动节'),
    ('2024-06-10', '2024-06-10', '端午节'),
    ('2024-09-15', '2024-09-17', '中秋节'),
    ('2024-10-01', '2024-10-07', '国庆节'),
    ('2025-01-01', '2025-01-01', '元旦'),
    ('2025-01-28', '2025-02-04', '春节'),
    ('2025-04-04', '2025-04-06', '清明节'),
    ('2025-05-01', '2025-05-05', '劳动节'),
    ('2025-05-31', '2025-06-02', '端午节'),
    ('2025-10-01', '2025-10-08', '国庆节、中秋节'),
    ('2026-01-01', '2026-01-03', '元旦'),
    ('2026-02-15', '2026-02-23', '春节'),
    ('2026-04-04', '2026-04-06', '清明节'),
    ('2026-05-01', '2026-05-05', '劳动节'),
    ('2026-06-19', '2026-06-21', '端午节'),
    ('2026-09-25', '2026-09-27', '中秋节'),
    ('2026-10-01', '2026-10-07', '国庆节')
) as h (first_day, last_day, name)
cross join lateral generate_series(h.first_day, h.last_day, interval '1 day') as d;

-- 调休上班: weekend days declared working days. 2024-02-09 (除夕) is not among them: it is an ordinary working Friday.
insert into calendar_day (day, kind, name) values
    ('2024-02-04', 'ADJUSTED_WORKDAY', '春节'),
    ('2024-02-18', 'ADJUSTED_WORKDAY', '春节'),
    ('2024-04-07', 'ADJUSTED_WORKDAY', '清明节'),
    ('2024-04-28', 'ADJUSTED_WORKDAY', '劳动节'),
    ('2024-05-11', 'ADJUSTED_WORKDAY', '劳动节'),
    ('2024-09-14', 'ADJUSTED_WORKDAY', '中秋节'),
    ('2024-09-29', 'ADJUSTED_WORKDAY', '国庆节'),
    ('2024-10-12', 'ADJUSTED_WORKDAY', '国庆节'),
    ('2025-01-26', 'ADJUSTED_WORKDAY', '春节'),
    ('2025-02-08', 'ADJUSTED_WORKDAY', '春节'),
    ('2025-04-27', 'ADJUSTED_WORKDAY', '劳动节'),
    ('2025-09-28', 'ADJUSTED_WORKDAY', '国庆节、中秋节'),
    ('2025-10-11', 'ADJUSTED_WORKDAY', '国庆节、中秋节'),
    ('2026-01-04', 'ADJUSTED_WORKDAY', '元旦'),
    ('2026-02-14', 'ADJUSTED_WORKDAY', '春节'),
    ('2026-02-28', 'ADJUSTED_WORKDAY', '春节'),
    ('2026-05-09', 'ADJUSTED_WORKDAY', '劳动节'),
    ('2026-09-20', 'ADJUSTED_WORKDAY', '国庆节'),
    ('2026-10-10', 'ADJUSTED_WORKDAY', '国庆节');
