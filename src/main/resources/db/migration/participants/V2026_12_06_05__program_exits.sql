-- What the outcomes module may read of program exits (decision 0011), for the measures workforce programs report: each
-- participant who has left the OPSO's program, with the day they entered and left, and every job the pipeline saw them
-- hired into (employer profile, hired, left). Ids and dates only: no name, no circumstances. An erased participant keeps
-- these, so a funder's figures for a past year do not change when someone asks to be forgotten.
create view program_exit_employment as
    select p.id as participant_id, p.organization_id, p.program_entry, p.program_exit, r.employer_id, r.hired_on,
           case when r.stage = 'SEPARATED' then r.stage_on end as separated_on
    from participant p
    left join referral r on r.participant_id = p.id and r.hired_on is not null
    where p.program_exit is not null;
