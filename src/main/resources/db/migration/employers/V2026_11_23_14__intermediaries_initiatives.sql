-- Intermediaries and employer-led initiatives (C5), as an organization keeps them, with their member employers.
create table intermediary (
    id                bigserial primary key,
    organization_id   bigint      not null references organization,
    name              text        not null,
    kind              text        not null check (kind in ('CHAMBER', 'INDUSTRY_ASSOCIATION', 'PROFESSIONAL_ASSOCIATION_UNION',
                                                           'SPECIAL_PURPOSE_EMPLOYER_ORGANIZATION', 'ECONOMIC_DEVELOPMENT',
                                                           'WORKFORCE_BOARD', 'OTHER')),
    federation        text,
    workforce_mission boolean,
    dedicated_staff   integer check (dedicated_staff >= 0),
    role              text check (role in ('CONVENER', 'IMPLEMENTER', 'BOTH')),
    uses_tpm          boolean,
    notes             text,
    version           integer     not null default 0,
    created_at        timestamptz not null default now()
);
create index intermediary_by_organization on intermediary (organization_id, lower(name));

create table intermediary_member (
    intermediary_id bigint not null references intermediary on delete cascade,
    employer_id     bigint not null references employer,
    primary key (intermediary_id, employer_id)
);
create index intermediary_member_by_employer on intermediary_member (employer_id);

create table initiative (
    id              bigserial primary key,
    organization_id bigint      not null references organization,
    intermediary_id bigint references intermediary,
    name            text        not null,
    kind            text        not null check (kind in ('SECTOR_PARTNERSHIP', 'ADVISORY_BOARD', 'OTHER')),
    description     text,
    version         integer     not null default 0,
    created_at      timestamptz not null default now()
);
create index initiative_by_organization on initiative (organization_id, lower(name));

create table initiative_member (
    initiative_id bigint not null references initiative on delete cascade,
    employer_id   bigint not null references employer,
    primary key (initiative_id, employer_id)
);
create index initiative_member_by_employer on initiative_member (employer_id);
