-- The two statements of RequirementRows.ofMembers (the members' requirements, then their items), for a collaborative
-- drawn at random from the synthetic ones, for pgbench. The items are read here by a join where the application
-- passes the job ids as an array. Usage: see bench/requirements.sh.
\set collaborative random(:first, :last)
select r.*, j.employer_title, j.soc_code, e.name as employer_name
from job_requirements r
join critical_job_directory j on j.id = r.critical_job_id
join employer_directory e on e.id = r.employer_id and not e.archived
join collaborative_membership m on m.employer_id = r.employer_id and m.collaborative_id = :collaborative
where r.organization_id = :board and j.soc_code is not null
order by j.soc_code, lower(e.name), r.critical_job_id;
select i.* from job_requirement_item i
join job_requirements r on r.critical_job_id = i.critical_job_id
join collaborative_membership m on m.employer_id = r.employer_id and m.collaborative_id = :collaborative
where r.organization_id = :board
order by i.critical_job_id, i.position;
