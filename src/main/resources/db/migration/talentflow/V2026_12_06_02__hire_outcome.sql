-- What the outcomes module may read of the hire records (decision 0006): one row per hire with the organization that keeps
-- it, the employer profile, job, provider, dates, the wage at hire as an hourly figure (a yearly salary over 2,080 hours)
-- and whether the person shared that they belong to an opportunity population. Never the employer's own reference to the
-- person (person_label), the ZIP code or the separation reason.
create view hire_outcome as
    select h.id as hire_id, h.organization_id, h.employer_id, h.critical_job_id, h.hired_on, h.separated_on, h.provider_id,
           h.referral_id, h.credential_kind is not null as credentialed,
           case when h.wage_unit = 'YEARLY' then round(h.wage / 2080, 2) else h.wage end as hourly_wage,
           cardinality(h.populations) > 0 as opportunity
    from hire h;
