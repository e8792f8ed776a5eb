-- Published for the participants' matches (decision 0009): the items of every job's requirements, and the practices
-- recorded for a job or for its employer, so that a participant's fit with tens of thousands of critical jobs is ranked
-- in SQL before the best are explained one by one. Read-only; the requirements module alone writes the tables behind.
create view job_requirement_lines as
    select i.critical_job_id, r.organization_id, r.employer_id, i.position, i.kind, i.element_id, i.name, i.credential_kind,
           coalesce(i.experience_may_replace, false) as experience_may_replace, i.replace_months, i.months,
           i.necessity = 'REQUIRED' as required, i.needed_at_hire, i.importance
    from job_requirement_item i join job_requirements r on r.critical_job_id = i.critical_job_id;

-- A job's own practices, where any is recorded (a job with none recorded follows its employer's).
create view job_practices_recorded as
    select critical_job_id, organization_id, employer_id, shift_work, weekend_work, drivers_license, transit_reachable
    from job_requirements
    where num_nonnulls(degree_required, background_check, lookback_years, individualized_assessment, chance_to_respond,
                       drivers_license, drug_test, shift_work, weekend_work, transit_reachable, minimum_age, work_authorization) > 0
       or cardinality(records_checked) > 0;

-- An employer's own practices, where any is recorded.
create view employer_practices_recorded as
    select employer_id, organization_id, shift_work, weekend_work, drivers_license, transit_reachable
    from employer_practices
    where num_nonnulls(degree_required, background_check, lookback_years, individualized_assessment, chance_to_respond,
                       drivers_license, drug_test, shift_work, weekend_work, transit_reachable, minimum_age, work_authorization) > 0
       or cardinality(records_checked) > 0;

create index job_requirements_by_organization on job_requirements (organization_id);
