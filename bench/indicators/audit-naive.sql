-- what the audit read before: every value of the indicators the rules name, in every area (no area filter)
select v.id, i.code, v.area, v.period_kind, v.period_start, v.period_end, v.value, v.qualifier, v.status,
       v.source_document, v.source_publication, v.source_page, v.quote, v.version
from indicators.data_values v join indicators.indicators i on i.id = v.indicator_id
where i.code in ('bench_01','bench_02','bench_03','bench_04','bench_05','bench_06','bench_07','bench_08','bench_09',
                 'bench_10','bench_11','bench_12','bench_13','bench_14','bench_15','bench_16','bench_17','bench_18',
                 'bench_19','bench_20')
order by v.period_end nulls first, v.period_start, v.id;
