-- The talent-flow statement of TalentFlowRows.HIRES_SQL (TalentFlowTests keeps the two the same), with the collaborative
-- drawn at random from the synthetic ones, for pgbench. Usage: see bench/talentflow.sh (from and to are quoted dates).
\set collaborative random(:first, :last)
with members as (
    select m.employer_id, m.employer_organization_id, lower(e.name) as name
    from collaborative_membership m join employer_directory e on e.id = m.employer_id
    where m.collaborative_id = :collaborative),
keepers as (
    select v.organization_id from collaborative_visibility v
    where v.collaborative_id = :collaborative and v.relation in ('MANAGER', 'PARTNER')),
profiles as (
    select distinct on (employer_id) employer_id, member_id
    from (select m.employer_id, m.employer_id as member_id, 0 as rank from members m
          union all
          select e.id, m.employer_id, 1 from members m
          join employer_directory e on e.own_organization_id = m.employer_organization_id
          union all
          select e.id, m.employer_id, 2 from members m join employer_directory e on lower(e.name) = m.name
          where e.organization_id in (select organization_id from keepers)) candidates
    order by employer_id, rank, member_id)
select p.member_id, j.soc_code, h.hired_on, h.separated_on, h.provider_id, d.kind as provider_kind, h.county_fips,
       h.populations, coalesce((select array_agg(u.provider_id order by u.tier) from hire_upstream u where u.hire_id = h.id),
                               '{}') as upstream
from profiles p
join hire h on h.employer_id = p.employer_id
join critical_job_directory j on j.id = h.critical_job_id
left join provider_directory d on d.id = h.provider_id
where h.hired_on between :from and :to;
