-- The demand roll-up statement of DemandRollUp.ROLL_UP_SQL (a test in DemandSurveyTests keeps the two the same), with
-- the survey drawn at random from the synthetic closed surveys, for pgbench. Usage: see bench/demand.sh.
\set survey random(:first, :last)
select o.soc_code, o.period_no, count(*) as employers,
       sum(o.growth) as growth, sum(o.replacement) as replacement, sum(o.growth + o.replacement) as openings,
       max(o.growth + o.replacement)::bigint as largest_openings,
       count(distinct i.employer_id) filter (where o.growth + o.replacement > 0) as employers_with_openings,
       sum(a.head_count) as head_count, max(a.head_count)::bigint as largest_head_count,
       count(*) filter (where a.hard_to_fill) as hard_to_fill
from demand_opening o
join demand_invitation i on i.id = o.invitation_id
left join demand_answer a on a.invitation_id = o.invitation_id and a.soc_code = o.soc_code
where i.survey_id = :survey and i.status = 'SUBMITTED'
group by grouping sets ((o.soc_code, o.period_no), (o.soc_code))
order by o.soc_code, o.period_no nulls first;
