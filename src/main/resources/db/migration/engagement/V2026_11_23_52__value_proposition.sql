-- The value proposition (C8) an organization writes to one employer it keeps a profile of: six steps, saved as
-- numbered versions that are never changed afterwards, so what was sent to an employer can always be shown again.
create table value_proposition (
    employer_id      bigint      primary key,
    organization_id  bigint      not null references organization,
    latest_version   integer     not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text
);

create table value_proposition_version (
    employer_id    bigint      not null references value_proposition on delete cascade,
    version        integer     not null check (version > 0),
    stage          text        not null check (stage in ('DRAFT', 'SHARED', 'AGREED')),
    pain_points    text,
    acknowledge    text,
    proposal       text,
    success        text,
    benefits       text,
    first_meeting  text,
    saved_at       timestamptz not null default now(),
    saved_by       text,
    primary key (employer_id, version)
);

-- Success measures are structured targets, not prose, so that the outcomes capability can compare them with what
-- happened: a kind, a number in its unit, and the number of days it is measured over.
create table success_measure (
    employer_id      bigint        not null,
    version          integer       not null,
    position         integer       not null,
    kind             text          not null check (kind in ('RETENTION', 'HIRES', 'TIME_TO_FILL', 'COMPLETION', 'CREDENTIALS', 'ADVANCEMENT')),
    unit             text          not null check (unit in ('PERCENT', 'COUNT', 'DAYS')),
    target           numeric(9, 2) not null check (target > 0),
    period_days      integer       not null check (period_days between 1 and 1095),
    critical_job_id  bigint,
    pain_point       text,
    note             text,
    primary key (employer_id, version, position),
    foreign key (employer_id, version) references value_proposition_version on delete cascade,
    check (unit <> 'PERCENT' or target <= 100)
);

-- Words an organization adds to the built-in list of deficit labels, with what to write instead.
create table language_term (
    id               bigserial   primary key,
    organization_id  bigint      not null references organization,
    term             text        not null,
    suggestion       text        not null,
    created_at       timestamptz not null default now(),
    created_by       text
);
create unique index language_term_once on language_term (organization_id, lower(term));
