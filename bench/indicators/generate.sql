-- Synthetic data for the indicators benchmark. Run against a BENCH database only (see README).
-- psql -v values=10000000 -f generate.sql
-- 20 indicators bench_01..bench_20 x :areas areas (VN-HP, the city, plus ZZ-00001...) x 100 years (1925-2024).
\set ON_ERROR_STOP on
\if :{?values}
\else
  \set values 10000000
\endif
select greatest(1, (:values / 2000))::int as areas \gset
\echo generating :values values = 20 indicators x :areas areas x 100 years

delete from indicators.audit_rules where code like 'bench_%';
delete from indicators.targets where code like 'bench_%';
delete from indicators.data_values where indicator_id in (select id from indicators.indicators where code like 'bench_%');
delete from indicators.indicators where code like 'bench_%';

insert into indicators.indicators (code, name_vi, name_en, unit, direction, periodicity)
select 'bench_' || lpad(k::text, 2, '0'), 'Chỉ tiêu thử ' || k, 'Bench indicator ' || k, '%', 'HIGHER', 'ANNUAL'
from generate_series(1, 20) k;

\timing on
insert into indicators.data_values (indicator_id, area, period_kind, period_start, period_end, value, qualifier,
                                    status, source_publication, quote, recorded_at)
select i.id, case when a = 0 then 'VN-HP' else 'ZZ-' || lpad(a::text, 5, '0') end, 'YEAR', y, y,
       round((random() * 100)::numeric, 2), 'EXACT', 'REPORTED', 'Synthetic benchmark data', null, now()
from indicators.indicators i, generate_series(0, :areas - 1) a, generate_series(1925, 2024) y
where i.code like 'bench_%';
\timing off

-- the dashboard: one target per bench indicator
insert into indicators.targets (code, indicator_id, kind, target_year, value, document_number, quote)
select 'bench_t' || substr(code, 7), id, 'LEVEL', 2030, 80, 'BENCH', 'synthetic target'
from indicators.indicators where code like 'bench_%';

-- the audit: 100 rules over the bench indicators (sums and shares of reported figures)
insert into indicators.audit_rules (code, kind, label_vi, label_en, left_expr, right_expr, comparison, tolerance)
select 'bench_r' || lpad(r::text, 3, '0'), 'SUM', 'Quy tắc thử ' || r, 'Bench rule ' || r,
       'bench_' || lpad((1 + r % 20)::text, 2, '0') || '[' || (1925 + r % 100) || ']',
       'bench_' || lpad((1 + (r + 1) % 20)::text, 2, '0') || '[' || (1925 + r % 100) || '] + bench_'
           || lpad((1 + (r + 2) % 20)::text, 2, '0') || '[' || (1925 + (r + 7) % 100) || ']',
       'AT_MOST', 100
from generate_series(1, 100) r;

analyze indicators.data_values;
select count(*) as data_values from indicators.data_values;
