-- Employer collaboratives (C9). A collaborative belongs to the organization that manages it (a chamber, an
-- association, a workforce board); its members are employer profiles that organization keeps, optionally tied
-- to the employer's own Pathways organization so the employer's people can see the collaborative's aggregates.
create table collaborative (
    id                    bigserial primary key,
    organization_id       bigint      not null references organization,
    name                  text        not null,
    focus_kind            text        not null check (focus_kind in ('INDUSTRY', 'OCCUPATION_FAMILY')),
    focus_code            text,                  -- a NAICS prefix for an industry, a SOC major/minor group for an occupation family
    focus_note            text,
    counties              text[]      not null default '{}',
    charter               text,
    status                text        not null default 'FORMING' check (status in ('FORMING', 'ACTIVE', 'PAUSED', 'ENDED')),
    -- the confidentiality rule for what employers see; never looser than the federal one (3 contributors, 80% dominance)
    min_contributors      integer     not null default 3 check (min_contributors >= 3),
    max_share_percent     integer     not null default 80 check (max_share_percent between 1 and 80),
    -- "sufficient and consistent need": enough openings, from enough employers, in enough periods
    need_min_openings     integer     not null default 10 check (need_min_openings >= 1),
    need_min_employers    integer     not null default 3 check (need_min_employers >= 1),
    need_min_periods      integer     not null default 2 check (need_min_periods >= 1),
    version               integer     not null default 0,
    created_at            timestamptz not null default now(),
    created_by            text,
    updated_at            timestamptz not null default now(),
    updated_by            text
);
create index collaborative_by_organization on collaborative (organization_id, lower(name));

create table collaborative_member (
    collaborative_id         bigint  not null references collaborative on delete cascade,
    employer_id              bigint  not null,   -- an employer profile of the managing organization
    employer_organization_id bigint  references organization,  -- the employer's own organization, when it has accounts
    joined_on                date    not null default current_date,
    primary key (collaborative_id, employer_id)
);
create index collaborative_member_by_employer_organization on collaborative_member (employer_organization_id);

create table collaborative_partner (
    collaborative_id bigint not null references collaborative on delete cascade,
    organization_id  bigint not null references organization,
    joined_on        date   not null default current_date,
    primary key (collaborative_id, organization_id)
);
create index collaborative_partner_by_organization on collaborative_partner (organization_id);
