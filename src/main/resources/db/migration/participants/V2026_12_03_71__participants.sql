-- Participants (C15): the people an OPSO serves, their strengths-based profile, their confidential circumstances (sealed
-- by the application: the database holds ciphertext only), who read those, consents and referrals.
create table participant (
    id                  bigserial primary key,
    organization_id     bigint      not null references organization,
    given_name          text,
    family_name         text,
    preferred_name      text,
    pronouns            text,
    preferred_language  text        not null default 'en' check (preferred_language in ('en', 'es')),
    email               text,
    phone               text,
    contact_preference  text        check (contact_preference in ('EMAIL', 'PHONE', 'TEXT')),
    county_fips         text,
    birth_date          date,
    program_entry       date,
    program_exit        date        check (program_exit is null or program_entry is null or program_exit >= program_entry),
    strengths           text,
    education           text,
    languages           text,
    interests           text,
    shifts              boolean,
    weekends            boolean,
    has_car             boolean,
    has_license         boolean,
    uses_transit        boolean,
    desired_pay         numeric(10, 2),
    pay_unit            text        check (pay_unit in ('HOURLY', 'YEARLY')),
    goal_months         integer,
    staff_user_id       bigint      references user_account,
    -- an erased participant keeps only this row's id, organization and dates, so de-identified referral outcomes stay
    erased_at           timestamptz,
    check (erased_at is not null or (given_name is not null and family_name is not null)),
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text,
    updated_at          timestamptz not null default now(),
    updated_by          text
);
-- the list's order, its count (index-only once vacuumed), and a name or email typed into the search
create index participant_by_name on participant (organization_id, lower(family_name), lower(given_name), id) where erased_at is null;
create index participant_current on participant (organization_id) where erased_at is null;
create index participant_by_family_prefix on participant (organization_id, lower(family_name) text_pattern_ops);
create index participant_by_given_prefix on participant (organization_id, lower(given_name) text_pattern_ops);
create index participant_by_preferred_prefix on participant (organization_id, lower(preferred_name) text_pattern_ops);
create index participant_by_email on participant (organization_id, lower(email));
create index participant_by_county on participant (organization_id, county_fips);
create index participant_by_staff on participant (organization_id, staff_user_id);

create table participant_skill (
    participant_id bigint  not null references participant on delete cascade,
    position       integer not null,
    element_id     text,
    name           text    not null,
    primary key (participant_id, position)
);
create index participant_skill_by_element on participant_skill (element_id, participant_id);
create index participant_skill_by_name on participant_skill (lower(name), participant_id);

create table participant_credential (
    participant_id bigint  not null references participant on delete cascade,
    position       integer not null,
    kind           text    not null,
    name           text,
    issuer         text,
    earned_on      date,
    primary key (participant_id, position)
);
create index participant_credential_by_kind on participant_credential (kind, participant_id);

create table participant_work (
    participant_id bigint  not null references participant on delete cascade,
    position       integer not null,
    employer_name  text    not null,
    title          text    not null,
    soc_code       text,
    started_on     date,
    ended_on       date,
    primary key (participant_id, position)
);

create table participant_goal (
    participant_id bigint  not null references participant on delete cascade,
    position       integer not null,
    soc_code       text    not null,
    primary key (participant_id, position)
);
create index participant_goal_by_soc on participant_goal (soc_code, participant_id);

-- The confidential circumstances: populations, barriers and supports, sealed as one (AES-256-GCM, ParticipantKeys).
create table participant_circumstances (
    participant_id bigint      primary key references participant on delete cascade,
    key_id         text        not null,
    sealed         bytea       not null,
    version        integer     not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text
);

-- Disability and health barriers in a store of their own: medical information is kept apart from the rest of the file.
create table participant_medical (
    participant_id bigint      primary key references participant on delete cascade,
    key_id         text        not null,
    sealed         bytea       not null,
    updated_at     timestamptz not null default now(),
    updated_by     text
);

-- Who read a participant's confidential circumstances, when, what and from where: the participant's own access log.
create table participant_access (
    id              bigserial primary key,
    participant_id  bigint      not null references participant on delete cascade,
    organization_id bigint      not null,
    user_id         bigint,
    actor           text        not null,
    what            text        not null,
    referral_id     bigint,
    remote_address  text,
    occurred_at     timestamptz not null default now()
);
create index participant_access_by_participant on participant_access (participant_id, occurred_at desc);

create table consent (
    id                         bigserial primary key,
    organization_id            bigint      not null references organization,
    participant_id             bigint      not null references participant on delete cascade,
    given_by                   text        not null check (given_by in ('PARTICIPANT', 'GUARDIAN')),
    guardian_name              text,
    recipient_employer_id      bigint      references employer,
    recipient_collaborative_id bigint      references collaborative,
    check (num_nonnulls(recipient_employer_id, recipient_collaborative_id) = 1),
    purpose                    text        not null check (purpose in ('REFERRAL', 'OUTCOMES')),
    categories                 text[]      not null,
    method                     text        not null check (method in ('PAPER_SIGNED', 'E_SIGNED', 'VERBAL_WITNESSED')),
    witness                    text,
    given_on                   date        not null,
    expires_on                 date        not null check (expires_on > given_on),
    revoked_at                 timestamptz,
    revoked_by                 text,
    revoke_reason              text,
    created_at                 timestamptz not null default now(),
    created_by                 text
);
create index consent_by_participant on consent (participant_id);
create index consent_expiring on consent (organization_id, expires_on) where revoked_at is null;

create table referral (
    id               bigserial primary key,
    organization_id  bigint      not null references organization,
    participant_id   bigint      not null references participant on delete cascade,
    critical_job_id  bigint      not null references critical_job,
    employer_id      bigint      not null references employer,
    consent_id       bigint      not null references consent,
    stage            text        not null,
    stage_on         date        not null,
    hired_on         date,
    staff_user_id    bigint      references user_account,
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text
);
create index referral_by_job on referral (critical_job_id, stage);
create index referral_by_participant on referral (participant_id);
create index referral_by_organization on referral (organization_id, stage);
create index referral_by_employer on referral (employer_id);

create table referral_stage (
    id           bigserial primary key,
    referral_id  bigint      not null references referral on delete cascade,
    stage        text        not null,
    occurred_on  date        not null,
    reason       text,
    decided_by   text        check (decided_by in ('EMPLOYER', 'PARTICIPANT', 'STAFF')),
    note         text,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now()
);
create index referral_stage_by_referral on referral_stage (referral_id, id);
