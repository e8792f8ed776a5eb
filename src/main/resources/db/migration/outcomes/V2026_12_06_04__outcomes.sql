-- Outcomes (TPM strategy 6). Three read tables, rebuilt at any time from the owning modules' published views and kept
-- current by their events (decision 0011): hires, referrals and the targets agreed in value propositions. Then what the
-- outcomes module owns itself: targets an organization adds, the employer's baseline cost per critical job, what the
-- partnership cost, and the improvement log of a target at risk.

create table outcome_hire (
    hire_id         bigint  primary key,
    organization_id bigint  not null,
    employer_id     bigint  not null,
    critical_job_id bigint  not null,
    hired_on        date    not null,
    separated_on    date,
    provider_id     bigint,
    referral_id     bigint,
    credentialed    boolean not null,
    hourly_wage     numeric(12, 2),
    opportunity     boolean not null
);
create index outcome_hire_by_employer on outcome_hire (employer_id, hired_on);
create index outcome_hire_by_organization on outcome_hire (organization_id, hired_on);
create index outcome_hire_by_provider on outcome_hire (provider_id, hired_on);

create table outcome_referral (
    referral_id     bigint   primary key,
    organization_id bigint   not null,
    employer_id     bigint   not null,
    critical_job_id bigint   not null,
    referred_on     date     not null,
    hired_on        date,
    separated_on    date,
    furthest        smallint not null,
    advanced        boolean  not null,
    closed          boolean  not null
);
create index outcome_referral_by_employer on outcome_referral (employer_id, referred_on);
create index outcome_referral_by_organization on outcome_referral (organization_id, referred_on);

-- A target: from an agreed value proposition (source AGREED, replaced whenever a later version is agreed) or added by an
-- organization (source OWN, e.g. a preferred-provider agreement's commitment), for one employer profile it keeps.
create table outcome_target (
    id              bigserial     primary key,
    organization_id bigint        not null,
    employer_id     bigint        not null,
    source          text          not null check (source in ('AGREED', 'OWN')),
    version         integer,
    position        integer,
    kind            text          not null check (kind in ('RETENTION', 'HIRES', 'TIME_TO_FILL', 'COMPLETION', 'CREDENTIALS',
                                                           'ADVANCEMENT')),
    unit            text          not null check (unit in ('PERCENT', 'COUNT', 'DAYS')),
    target          numeric(9, 2) not null check (target > 0),
    period_days     integer       not null check (period_days between 1 and 1095),
    critical_job_id bigint,
    note            text,
    since           date          not null,
    -- an agreed target that a later agreed version replaced: kept (its improvement log with it), no longer tracked
    superseded_at   timestamptz,
    recorded_by     text          not null,
    created_at      timestamptz   not null default now(),
    check (unit <> 'PERCENT' or target <= 100),
    unique (employer_id, source, version, position)
);
create index outcome_target_by_organization on outcome_target (organization_id);

-- What the employer spends today for one hire into a critical job (recruiting, onboarding and the share of replacing those
-- who leave), and what a hire through the partnership still costs it: the employer's figures, recorded by the
-- organization that keeps its profile.
create table outcome_baseline (
    employer_id              bigint         not null,
    critical_job_id          bigint         not null,
    organization_id          bigint         not null,
    baseline_cost_per_hire   numeric(12, 2) not null check (baseline_cost_per_hire >= 0),
    partnership_cost_per_hire numeric(12, 2) not null check (partnership_cost_per_hire >= 0),
    note                     text,
    recorded_by              text           not null,
    recorded_at              timestamptz    not null default now(),
    primary key (employer_id, critical_job_id)
);

-- What the partnership cost over a period (fees, staff time, training paid), for one employer profile.
create table outcome_investment (
    id              bigserial      primary key,
    employer_id     bigint         not null,
    organization_id bigint         not null,
    starts_on       date           not null,
    ends_on         date           not null,
    amount          numeric(12, 2) not null check (amount >= 0),
    note            text,
    recorded_by     text           not null,
    recorded_at     timestamptz    not null default now(),
    check (ends_on >= starts_on)
);
create index outcome_investment_by_employer on outcome_investment (employer_id, starts_on);

-- Continuous improvement: for a target at risk, where it goes wrong, why, the change agreed and when it started; the
-- measure before and after the change is computed, not typed.
create table outcome_improvement (
    id          bigserial   primary key,
    target_id   bigint      not null references outcome_target on delete cascade,
    found_where text        not null,
    root_cause  text        not null,
    change      text        not null,
    changed_on  date        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now()
);
create index outcome_improvement_by_target on outcome_improvement (target_id, changed_on);
