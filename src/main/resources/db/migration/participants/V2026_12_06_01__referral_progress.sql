-- What the outcomes module may read of the referral pipeline (decision 0006): one row per referral with the OPSO that made
-- it, the employer profile and job, the first day it reached each step of the funnel and whether it was advanced. A
-- referral can skip a step (hired straight after an interview), so "furthest" is the last step it reached: 0 referred,
-- 1 applied, 2 interviewed, 3 offered, 4 hired. Nothing about the person: no participant id.
create view referral_progress as
    select r.id as referral_id, r.organization_id, r.employer_id, r.critical_job_id, r.referred_on, r.hired_on,
           case when r.stage = 'SEPARATED' then r.stage_on end as separated_on,
           coalesce((select max(case s.stage when 'APPLIED' then 1 when 'INTERVIEWED' then 2 when 'OFFERED' then 3
                                             when 'REFERRED' then 0 else 4 end)
                     from referral_stage s where s.referral_id = r.id
                       and s.stage not in ('WITHDRAWN', 'NOT_SELECTED', 'DECLINED')), 0) as furthest,
           exists (select 1 from referral_stage s where s.referral_id = r.id and s.stage = 'ADVANCED') as advanced,
           r.stage in ('WITHDRAWN', 'NOT_SELECTED', 'DECLINED') as closed
    from referral r;
