-- What the requirements module publishes for other modules' SQL (decision 0006): how many items each job's
-- requirements hold, for the employer page's job cards. Everything else is read through HiringRequirements.
create view job_requirements_summary as
    select r.critical_job_id, r.organization_id,
           (select count(*) from job_requirement_item i where i.critical_job_id = r.critical_job_id) as items
    from job_requirements r;
