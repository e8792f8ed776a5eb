-- What the talent-flow module may read of the referral pipeline (decision 0006): one row per referral with the OPSO that
-- made it, the employer profile and job, the dates a capture rate needs and whether it is still on its way to a hire.
-- Nothing about the person: no participant id.
create view referral_outcome as
    select r.id as referral_id, r.organization_id, r.employer_id, r.critical_job_id,
           (select min(s.occurred_on) from referral_stage s where s.referral_id = r.id) as referred_on,
           r.hired_on,
           case when r.stage = 'SEPARATED' then r.stage_on end as separated_on,
           r.stage in ('REFERRED', 'APPLIED', 'INTERVIEWED', 'OFFERED') as in_progress
    from referral r;
