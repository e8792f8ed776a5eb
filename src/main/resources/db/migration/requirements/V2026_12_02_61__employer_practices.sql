-- Hiring practices for a whole employer: a critical job whose own practices are not recorded follows them, and any
-- practice recorded on the job sets the job's own (the job's record replaces the employer's as a whole).
create table employer_practices (
    employer_id               bigint primary key,
    organization_id           bigint not null,
    degree_required           boolean,
    background_check          text check (background_check in ('NONE', 'AFTER_CONDITIONAL_OFFER', 'BEFORE_OFFER')),
    records_checked           text[] not null default '{}',
    lookback_years            smallint check (lookback_years between 1 and 20),
    individualized_assessment boolean,
    chance_to_respond         boolean,
    drivers_license           boolean,
    drug_test                 boolean,
    shift_work                boolean,
    weekend_work              boolean,
    transit_reachable         boolean,
    minimum_age               smallint check (minimum_age between 14 and 25),
    work_authorization        boolean,
    version                   integer not null default 0,
    updated_at                timestamptz not null default now(),
    updated_by                text not null
);
create index employer_practices_organization on employer_practices (organization_id);
