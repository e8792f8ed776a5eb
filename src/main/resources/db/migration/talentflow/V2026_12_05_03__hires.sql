-- Hire records (TPM strategy 4): who was hired into a critical job, when, through which provider, and whether they stayed.
-- A hire belongs to the organization that keeps the employer's profile (the employer's own, an OPSO for its referrals, or
-- the collaborative's manager keeping it for a member); it leaves that organization only inside a collaborative's
-- aggregates. person_label is the employer's own reference to the person (a name or an employee number from its system),
-- kept so the employer recognizes its records and a file imported twice adds nothing; it is never shown outside the
-- organization that keeps the hire.
create table hire (
    id                bigserial   primary key,
    organization_id   bigint      not null references organization,
    employer_id       bigint      not null references employer,
    critical_job_id   bigint      not null references critical_job,
    hired_on          date        not null,
    separated_on      date,
    separation_reason text,
    person_label      text,
    provider_id       bigint      references provider,
    program           text,
    credential_kind   text,
    county_fips       text,
    zip_code          text,
    wage              numeric(12, 2) check (wage >= 0),
    wage_unit         text        check (wage_unit in ('HOURLY', 'YEARLY')),
    populations       text[]      not null default '{}',
    source            text        not null check (source in ('ENTERED', 'IMPORTED', 'REFERRAL')),
    referral_id       bigint      unique,
    dedupe_key        text        not null,
    version           integer     not null default 0,
    recorded_by       text        not null,
    created_at        timestamptz not null default now(),
    check (separated_on is null or separated_on >= hired_on)
);
create unique index hire_by_dedupe_key on hire (employer_id, dedupe_key);
create index hire_by_organization on hire (organization_id, hired_on);
create index hire_by_job on hire (critical_job_id, hired_on);
-- a collaborative's flow reads its members' hires in a window: with this index even the generic plan of the prepared
-- statement (which knows neither the window nor the collaborative) goes member by member, not through every hire
create index hire_by_employer on hire (employer_id, hired_on);

-- Providers further upstream (Tier 2 and beyond): the adult-education program before the college's course.
create table hire_upstream (
    hire_id     bigint   not null references hire on delete cascade,
    provider_id bigint   not null references provider,
    tier        smallint not null check (tier between 2 and 9),
    primary key (hire_id, provider_id)
);

-- A file waiting at the import's review step, for the names of providers it could not place: kept until the person
-- places them (or a day passes), so the review works on any node and nothing of it is written before.
create table hire_import_pending (
    id              bigserial   primary key,
    organization_id bigint      not null references organization,
    employer_id     bigint      not null references employer,
    file_name       text        not null,
    content         bytea       not null,
    created_by      text        not null,
    created_at      timestamptz not null default now()
);
