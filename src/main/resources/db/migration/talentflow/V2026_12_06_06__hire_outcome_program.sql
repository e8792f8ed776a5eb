-- The program a hire came through, as the hire record names it, so a target at risk can be broken down by program too.
create or replace view hire_outcome as
    select h.id as hire_id, h.organization_id, h.employer_id, h.critical_job_id, h.hired_on, h.separated_on, h.provider_id,
           h.referral_id, h.credential_kind is not null as credentialed,
           case when h.wage_unit = 'YEARLY' then round(h.wage / 2080, 2) else h.wage end as hourly_wage,
           cardinality(h.populations) > 0 as opportunity, h.program
    from hire h;
