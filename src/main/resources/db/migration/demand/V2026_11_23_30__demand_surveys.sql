-- Demand planning (C10): a collaborative asks its member employers, through private links, how many people they
-- will need in the critical jobs they share, over periods it chooses.
create table demand_survey (
    id               bigserial primary key,
    collaborative_id bigint      not null references collaborative,
    organization_id  bigint      not null references organization,  -- the collaborative's managing organization
    title            text        not null,
    intro            text,
    status           text        not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    closes_on        date        not null,
    opened_at        timestamptz,
    closed_at        timestamptz,
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text
);
create index demand_survey_by_collaborative on demand_survey (collaborative_id, created_at desc);

create table demand_period (
    survey_id bigint   not null references demand_survey on delete cascade,
    period_no smallint not null check (period_no between 1 and 6),
    label     text     not null,
    months    smallint not null check (months between 1 and 120),
    primary key (survey_id, period_no)
);

create table demand_job (
    survey_id bigint not null references demand_survey on delete cascade,
    soc_code  text   not null,
    soc_title text   not null,
    primary key (survey_id, soc_code)
);

-- One private link per member employer. The link itself is never stored: it is an HMAC of the id and the nonce,
-- so a new nonce withdraws every earlier link at once.
create table demand_invitation (
    id               bigserial primary key,
    survey_id        bigint      not null references demand_survey on delete cascade,
    employer_id      bigint      not null,
    employer_name    text        not null,
    recipient        text,
    nonce            text        not null,
    expires_at       timestamptz not null,
    revoked_at       timestamptz,
    status           text        not null default 'NOT_STARTED' check (status in ('NOT_STARTED', 'DRAFT', 'SUBMITTED')),
    saved_at         timestamptz,
    submitted_at     timestamptz,
    submitted_by     text,       -- "private link" or the manager who imported the answers
    reminders        integer     not null default 0,
    last_reminded_at timestamptz,
    version          integer     not null default 0,
    unique (survey_id, employer_id)
);

create table demand_answer (
    invitation_id bigint  not null references demand_invitation on delete cascade,
    soc_code      text    not null,
    head_count    integer check (head_count between 0 and 10000000),
    hard_to_fill  boolean,
    comment       text,
    primary key (invitation_id, soc_code)
);

create table demand_opening (
    invitation_id bigint   not null references demand_invitation on delete cascade,
    soc_code      text     not null,
    period_no     smallint not null,
    growth        integer  not null default 0 check (growth between 0 and 10000000),
    replacement   integer  not null default 0 check (replacement between 0 and 10000000),
    primary key (invitation_id, soc_code, period_no)
);

-- The key that signs private links when none is configured (pathways.demand.link-secret).
create table demand_link_key (
    id     integer primary key check (id = 1),
    secret bytea   not null
);
