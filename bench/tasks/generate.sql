-- Synthetic portfolio for the tasks benchmark (issue 5), run by TasksBenchmark.java against its throw-away cluster.
-- Placeholders replaced before running: {tasks} workflow tasks, {disbursements} tranches, {registry} registry records.
-- Every statement ends with ";" at the end of a line (the runner splits on that). Bulk SQL only (INSERT … SELECT
-- over generate_series), following the real schema: each workflow task has its proposal, listing and application
-- (foreign keys), budget lines per source and fiscal year, and, once contracted, its tranches.

create temp table bench_hosts as
select i, gen_random_uuid() as id from generate_series(0, 1999) i;

create temp table bench_programmes as
select (row_number() over (order by code)) - 1 as i, id, code from tasks.programmes;

-- One row per task: every attribute drawn once. Years lean to recent ones; hosts and programmes are skewed (a few
-- large hosts and programmes carry most tasks), as in a real portfolio.
create temp table bench_gen as
select n, year, approved_at, programme_id, host_id, gen_random_uuid() as pi_id, type, duration,
       case
           when year <= 2019 then case when r < 0.78 then 'CLOSED' when r < 0.84 then 'REGISTERED'
                                       when r < 0.88 then 'LIQUIDATED' when r < 0.92 then 'FAILED'
                                       when r < 0.95 then 'TERMINATED' else 'RECOGNISED' end
           when year <= 2022 then case when r < 0.45 then 'CLOSED' when r < 0.55 then 'REGISTERED'
                                       when r < 0.65 then 'LIQUIDATED' when r < 0.72 then 'RECOGNISED'
                                       when r < 0.82 then 'ACCEPTANCE' when r < 0.92 then 'IN_PROGRESS'
                                       when r < 0.95 then 'SUSPENDED' when r < 0.97 then 'FAILED' else 'TERMINATED' end
           when year <= 2025 then case when r < 0.60 then 'IN_PROGRESS' when r < 0.72 then 'CONTRACTED'
                                       when r < 0.84 then 'ACCEPTANCE' when r < 0.90 then 'SUSPENDED'
                                       when r < 0.95 then 'RECOGNISED' else 'TERMINATED' end
           else case when r < 0.40 then 'APPROVED' when r < 0.75 then 'CONTRACTED' else 'IN_PROGRESS' end
       end as status,
       state_total, cp_total, other_total,
       greatest(1, (duration + 11) / 12) as years,
       topic
from (
    select n, y as year,
           make_timestamptz(y, 1, 1, 8, 0, 0, 'Asia/Ho_Chi_Minh')
               + random() * (case when y = 2026 then interval '300 days' else interval '360 days' end) as approved_at,
           p.id as programme_id, h.id as host_id,
           case when tr < 0.70 then 'RESEARCH_TOPIC' when tr < 0.80 then 'PILOT_PRODUCTION_PROJECT'
                when tr < 0.90 then 'SCIENTIFIC_SCHEME' else 'ST_PROJECT' end as type,
           12 + floor(random() * 25)::int as duration,
           random() as r,
           (200 + floor(random() * 1800)::bigint) * 1000000 as state_total,
           case when random() < 0.75 then (50 + floor(random() * 1200)::bigint) * 1000000 else 0 end as cp_total,
           case when random() < 0.25 then (20 + floor(random() * 500)::bigint) * 1000000 else 0 end as other_total,
           floor(random() * 20)::int as topic
    from (select n, least(2026, 2013 + floor(14 * sqrt(random()))::int) as y, random() as pc, random() as hc,
                 random() as tr
          from generate_series(1, {tasks}) n) s
    join bench_programmes p on p.i = floor(s.pc * s.pc * (select count(*) from bench_programmes))::int
    join bench_hosts h on h.i = floor(s.hc * s.hc * s.hc * 2000)::int
) g;

create index on bench_gen (n);
analyze bench_gen;

insert into tasks.proposal_rounds (id, name, opens_at, closes_at, created_at, version)
values ('b0000000-0000-4000-8000-000000000001', 'Đợt đề xuất (dữ liệu benchmark)', '2012-01-01T00:00:00Z',
        '2026-01-01T00:00:00Z', now(), 0);

insert into tasks.calls (id, title, opens_at, closes_at, created_at, version)
values ('b0000000-0000-4000-8000-000000000002', 'Tuyển chọn (dữ liệu benchmark)', '2012-01-01T00:00:00Z',
        '2026-01-01T00:00:00Z', now(), 0);

create temp table bench_ids as
select n, gen_random_uuid() as task_id, gen_random_uuid() as proposal_id, gen_random_uuid() as listing_id,
       gen_random_uuid() as application_id,
       (array['Nghiên cứu ứng dụng', 'Phát triển công nghệ', 'Xây dựng mô hình', 'Hoàn thiện quy trình',
              'Đánh giá hiện trạng'])[1 + n % 5] || ' ' ||
       (array['nuôi trồng thủy sản', 'đóng tàu', 'vật liệu chống ăn mòn', 'logistics cảng biển', 'y học cổ truyền',
              'xử lý nước thải', 'năng lượng mặt trời', 'tự động hóa', 'giống lúa chịu mặn', 'chuyển đổi số',
              'du lịch Cát Bà', 'kiểm nghiệm vi sinh', 'cơ khí chính xác', 'điện tử công suất', 'dược liệu',
              'quản lý đô thị', 'giao thông thông minh', 'an toàn thực phẩm', 'vật liệu xây dựng', 'môi trường biển'])
           [1 + (n * 7) % 20] || ' tại Hải Phòng (' || n || ')' as title
from generate_series(1, {tasks}) n;

create index on bench_ids (n);

insert into tasks.proposals (id, round_id, proposer, organisation_id, title, type, level, programme_id, problem,
                             objectives, expected_results, estimated_budget, duration_months, status, created_at,
                             updated_at, version)
select i.proposal_id, 'b0000000-0000-4000-8000-000000000001', 'bench', g.host_id, i.title, g.type, 'CITY',
       g.programme_id, 'Vấn đề', 'Mục tiêu', 'Kết quả', g.state_total + g.cp_total + g.other_total, g.duration,
       'LISTED', g.approved_at - interval '200 days', g.approved_at - interval '120 days', 0
from bench_gen g join bench_ids i using (n);

insert into tasks.listings (id, proposal_id, title, type, programme_id, selection_mode, budget_ceiling,
                            duration_months, status, decided_by, decided_at, version)
select i.listing_id, i.proposal_id, i.title, g.type, g.programme_id, 'OPEN_SELECTION',
       g.state_total + g.cp_total + g.other_total, g.duration, 'AWARDED', 'bench', g.approved_at - interval '120 days', 0
from bench_gen g join bench_ids i using (n);

insert into tasks.applications (id, call_id, listing_id, organisation_id, created_by, pi_person_id, content, status,
                                submitted_at, created_at, updated_at, version)
select i.application_id, 'b0000000-0000-4000-8000-000000000002', i.listing_id, g.host_id, 'bench', g.pi_id,
       'Thuyết minh (dữ liệu benchmark)', 'APPROVED', g.approved_at - interval '90 days',
       g.approved_at - interval '100 days', g.approved_at, 0
from bench_gen g join bench_ids i using (n);

insert into tasks.tasks (id, code, title, level, type, host_organisation_id, pi_person_id, programme_id, listing_id,
                         application_id, duration_months, status, approved_by, approved_at, version,
                         contract_number, contract_date, contract_parties, start_date, end_date, updated_at,
                         registration_number, registration_date, closed_at, approved_state, approved_counterpart,
                         approved_other)
select i.task_id, 'NV.' || g.year || '.B' || lpad(g.n::text, 6, '0'), i.title, 'CITY', g.type, g.host_id, g.pi_id,
       g.programme_id, i.listing_id, i.application_id, g.duration, g.status, 'leader', g.approved_at, 0,
       case when g.status <> 'APPROVED' then 'HĐ-' || g.year || '-' || g.n end,
       case when g.status <> 'APPROVED' then (g.approved_at + interval '30 days')::date end,
       case when g.status <> 'APPROVED' then 'Sở KH&CN; tổ chức chủ trì; chủ nhiệm' end,
       case when g.status <> 'APPROVED' then (g.approved_at + interval '45 days')::date end,
       case when g.status <> 'APPROVED' then ((g.approved_at + interval '45 days')::date
                                              + make_interval(months => g.duration))::date end,
       g.approved_at + interval '45 days',
       case when g.status in ('REGISTERED', 'CLOSED') then 'ĐK-' || g.n end,
       case when g.status in ('REGISTERED', 'CLOSED') then (g.approved_at + make_interval(months => g.duration + 8))::date end,
       case when g.status = 'CLOSED' then g.approved_at + make_interval(months => g.duration + 9) end,
       g.state_total, g.cp_total, g.other_total
from bench_gen g join bench_ids i using (n);

-- Budget lines: every source the task has, split evenly over its fiscal years (the remainder on the first year).
insert into tasks.task_budget (task_id, source, fiscal_year, amount)
select i.task_id, s.source, g.year + y, s.total / g.years + case when y = 0 then s.total % g.years else 0 end
from bench_gen g join bench_ids i using (n)
cross join lateral (values ('STATE_BUDGET', g.state_total), ('COUNTERPART', g.cp_total),
                           ('OTHER', g.other_total)) s (source, total)
cross join lateral generate_series(0, g.years - 1) y
where s.total > 0;

-- Tranches: {disbursements} spread round-robin over the tasks past APPROVED; every fourth one from the counterpart
-- when the task has one. Each tranche is 90 % of its source's total divided by the most tranches a task gets, so no
-- source is ever over-disbursed.
create temp table bench_impl as
select row_number() over (order by n) - 1 as k, n, year, years, state_total, cp_total
from bench_gen where status <> 'APPROVED';

create index on bench_impl (k);
analyze bench_impl;

insert into tasks.task_disbursements (task_id, position, id, kind, source, fiscal_year, amount, decision_number,
                                      decision_date, recorded_by, recorded_at)
select i.task_id, d.position, gen_random_uuid(), case when d.position = 0 then 'ADVANCE' else 'PAYMENT' end,
       case when d.position % 4 = 3 and m.cp_total > 0 then 'COUNTERPART' else 'STATE_BUDGET' end,
       m.year + least(m.years - 1, d.position * m.years / d.per_task),
       greatest(1000, (case when d.position % 4 = 3 and m.cp_total > 0 then m.cp_total else m.state_total end)
                      * 9 / 10 / d.per_task / 1000 * 1000),
       'QĐ-' || m.n || '/' || (d.position + 1), make_date(m.year, 3, 1) + d.position * 40, 'officer', now()
from (select t % c.m as k, (t / c.m)::int as position, (({disbursements} + c.m - 1) / c.m)::int as per_task
      from (select count(*) as m from bench_impl) c, generate_series(0, {disbursements} - 1) t) d
join bench_impl m on m.k = d.k
join bench_ids i on i.n = m.n;

-- Registry records of other levels (and city tasks from before the system), with fields and host types.
insert into tasks.registry_tasks (id, code, title, level, programme_code, field, host_name, host_type, pi_name,
                                  approval_year, period_from, period_to, status, state_amount, counterpart_amount,
                                  other_amount, results, sample, created_at, version)
select gen_random_uuid(), 'BENCH.R.' || n, 'Nhiệm vụ đăng ký (dữ liệu benchmark) ' || n, lvl,
       case when lvl = 'CITY' then (select code from bench_programmes p where p.i = n % 10) end,
       (1 + n % 6)::text, 'Tổ chức chủ trì ' || (n % 700),
       (array['UNIVERSITY', 'INSTITUTE', 'ENTERPRISE', 'HOSPITAL', 'AGENCY'])[1 + (n * 3) % 5], null,
       y, y, y + 1 + n % 3,
       case when y <= 2022 then 'CLOSED' else 'IN_PROGRESS' end,
       case when lvl = 'GRASSROOTS' then 20000000 + (n % 100) * 1000000 else 500000000 + (n % 50) * 50000000 end,
       (n % 4) * 10000000, (n % 7 = 0)::int * 5000000, null, false, now(), 0
from (select n, 2013 + n % 14 as y,
             case when n % 100 < 2 then 'NATIONAL' when n % 100 < 5 then 'MINISTERIAL'
                  when n % 100 < 15 then 'CITY' else 'GRASSROOTS' end as lvl
      from generate_series(1, {registry}) n) r;

vacuum analyze tasks.tasks;
vacuum analyze tasks.task_budget;
vacuum analyze tasks.task_disbursements;
vacuum analyze tasks.registry_tasks;
vacuum analyze tasks.proposals;
vacuum analyze tasks.listings;
vacuum analyze tasks.applications;
