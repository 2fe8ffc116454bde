-- what the dashboard reads now: the city series of the 20 indicators, one statement (ValueTable.load, areas = city)
select v.id, i.code, v.area, v.period_kind, v.period_start, v.period_end, v.value, v.qualifier, v.status,
       v.source_document, v.source_publication, v.source_page, v.quote, v.version
from indicators.data_values v join indicators.indicators i on i.id = v.indicator_id
where i.code in ('bench_01','bench_02','bench_03','bench_04','bench_05','bench_06','bench_07','bench_08','bench_09',
                 'bench_10','bench_11','bench_12','bench_13','bench_14','bench_15','bench_16','bench_17','bench_18',
                 'bench_19','bench_20') and v.area in ('VN-HP')
order by v.period_end nulls first, v.period_start, v.id;
