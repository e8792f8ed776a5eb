-- The demand roll-up statement of DemandRollUp.ROLL_UP_SQL (a test in DemandSurveyTests keeps the two the same), with
-- the survey drawn at random from the synthetic closed surveys, for pgbench. Usage: see bench/demand.sh.
\set survey random(:first, :last)
select i.employer_id, o.soc_code, o.period_no, o.growth, o.replacement, a.hard_to_fill, null::integer as head_count
from demand_opening o
join demand_invitation i on i.id = o.invitation_id
left join demand_answer a on a.invitation_id = o.invitation_id and a.soc_code = o.soc_code
where i.survey_id = :survey and i.status = 'SUBMITTED'
union all
select i.employer_id, a.soc_code, null, null, null, null, a.head_count
from demand_answer a
join demand_invitation i on i.id = a.invitation_id
where i.survey_id = :survey and i.status = 'SUBMITTED' and a.head_count is not null;
