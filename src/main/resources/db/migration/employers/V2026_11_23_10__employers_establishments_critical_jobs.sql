-- Employer profiles (C1) and critical jobs with their pain points (C2). A profile belongs to the organization
-- that keeps it (an OPSO, an intermediary, or the employer itself); codes refer to the reference data by
-- value (NAICS, SOC, county FIPS), checked against the current release when saved.
create table employer (
    id                   bigserial primary key,
    organization_id      bigint      not null references organization,
    name                 text        not null,
    sector               text        not null check (sector in ('PRIVATE_FOR_PROFIT', 'PRIVATE_NONPROFIT', 'GOVERNMENT',
                                                               'EDUCATION', 'COMMUNITY_BASED')),
    registration         text        not null check (registration in ('US', 'FOREIGN')),
    industry_description text,
    naics_code           text,
    enterprise_name      text,
    website              text,
    head_count           integer check (head_count >= 0),
    notes                text,
    archived_at          timestamptz,
    version              integer     not null default 0,
    created_at           timestamptz not null default now(),
    created_by           text,
    updated_at           timestamptz not null default now(),
    updated_by           text
);
create index employer_by_organization on employer (organization_id, lower(name));
create index employer_by_naics on employer (organization_id, naics_code text_pattern_ops);

create table establishment (
    id              bigserial primary key,
    employer_id     bigint      not null references employer,
    name            text        not null,
    firm_name       text,
    address_line    text,
    city            text,
    state           text,
    postal_code     text,
    county_fips     text,
    naics_code      text,
    head_count      integer check (head_count >= 0),
    headquarters    boolean     not null default false,
    version         integer     not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index establishment_by_employer on establishment (employer_id);
create index establishment_by_county on establishment (county_fips, employer_id);

create table critical_job (
    id               bigserial primary key,
    employer_id      bigint      not null references employer,
    establishment_id bigint references establishment,
    employer_title   text        not null,
    soc_code         text,
    soc_confirmed    boolean     not null default false,
    business_function text,
    positions        integer check (positions >= 0),
    openings         integer check (openings >= 0),
    pay_min          numeric(12, 2) check (pay_min >= 0),
    pay_max          numeric(12, 2) check (pay_max >= 0),
    pay_unit         text check (pay_unit in ('HOUR', 'YEAR')),
    criticality_rank integer check (criticality_rank >= 1),
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    check (pay_min is null or pay_max is null or pay_min <= pay_max)
);
create index critical_job_by_employer on critical_job (employer_id);
create index critical_job_by_soc on critical_job (soc_code);

create table pain_point (
    critical_job_id bigint not null references critical_job on delete cascade,
    kind            text   not null check (kind in ('UNFILLED_OPENINGS', 'ONBOARDING_COST', 'UPSKILLING_COST',
                                                    'CAREER_ADVANCEMENT', 'TURNOVER', 'DIVERSITY', 'OTHER')),
    rank            integer not null check (rank >= 1),
    analysis        text    not null check (analysis in ('ANALYSED', 'NEEDS_HELP', 'NOT_ASKED')),
    note            text,
    primary key (critical_job_id, kind),
    unique (critical_job_id, rank)
);
