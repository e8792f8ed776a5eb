-- Hiring requirements per critical job: the items a hire needs and the hiring practices that may screen people
-- out. One row per job holds the practices and the version both are saved at; the items are replaced as a whole.
create table job_requirements (
    critical_job_id           bigint primary key,
    organization_id           bigint not null,
    employer_id               bigint not null,
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
create index job_requirements_employer on job_requirements (organization_id, employer_id);

create table job_requirement_item (
    critical_job_id       bigint   not null references job_requirements (critical_job_id) on delete cascade,
    position              smallint not null,
    kind                  text     not null check (kind in ('COMPETENCY', 'CREDENTIAL', 'EXPERIENCE')),
    competency_type       text check (competency_type in ('SKILL', 'KNOWLEDGE', 'TECHNOLOGY', 'OWN_WORDS')),
    element_id            text,
    name                  text,
    credential_kind       text check (credential_kind in ('HIGH_SCHOOL', 'CERTIFICATE', 'INDUSTRY_CERTIFICATION', 'LICENSE',
                                                          'ASSOCIATE', 'BACHELOR', 'GRADUATE', 'APPRENTICESHIP', 'DIGITAL_BADGE')),
    experience_may_replace boolean,
    replace_months        smallint check (replace_months between 1 and 600),
    months                smallint check (months between 1 and 600),
    necessity             text     not null check (necessity in ('REQUIRED', 'PREFERRED')),
    needed_at_hire        boolean  not null,
    importance            smallint not null check (importance between 1 and 5),
    primary key (critical_job_id, position),
    check (necessity = 'REQUIRED' or not needed_at_hire)
);
