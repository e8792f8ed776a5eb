-- The day a referral was made, kept on the referral (it was only the date of its first stage): capture rates select
-- referrals by it for a collaborative's members, and reading it through the stages took most of their time.
alter table referral add column referred_on date;
update referral r set referred_on = (select min(s.occurred_on) from referral_stage s where s.referral_id = r.id);
create index referral_by_employer_referred on referral (employer_id, referred_on);

-- What the talent-flow module may read of the referral pipeline (decision 0006): one row per referral with the OPSO that
-- made it, the employer profile and job, the dates a capture rate needs and whether it is still on its way to a hire.
-- Nothing about the person: no participant id.
create view referral_outcome as
    select r.id as referral_id, r.organization_id, r.employer_id, r.critical_job_id, r.referred_on, r.hired_on,
           case when r.stage = 'SEPARATED' then r.stage_on end as separated_on,
           r.stage in ('REFERRED', 'APPLIED', 'INTERVIEWED', 'OFFERED') as in_progress
    from referral r;
