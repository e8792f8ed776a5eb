-- What the outcomes module may read of the value propositions (decision 0006): the success measures of each employer
-- profile's latest agreed version, with the organization that keeps the profile and the day it was agreed. An agreed
-- version replaces the measures of an earlier one, so only the latest agreed version is here.
create view agreed_success_measure as
    select m.employer_id, p.organization_id, m.version, v.saved_at as agreed_at, m.position, m.kind, m.unit, m.target,
           m.period_days, m.critical_job_id, m.note
    from success_measure m
    join value_proposition p on p.employer_id = m.employer_id
    join value_proposition_version v on v.employer_id = m.employer_id and v.version = m.version
    where v.version = (select max(a.version) from value_proposition_version a
                       where a.employer_id = m.employer_id and a.stage = 'AGREED');
