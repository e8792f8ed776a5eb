-- The providers hires come through (TPM strategies 4 and 5): organizations of Pathways that serve or train people (OPSOs,
-- colleges, training providers) and recorded ones without accounts (a staffing agency, a job board, employee referrals).
-- One directory for the whole network, so that every employer's hires from the same provider add up across a collaborative;
-- a provider is a public fact (its name and kind), never anything about a person.
create table provider (
    id                          bigserial   primary key,
    name                        text        not null,
    kind                        text        not null,
    organization_id             bigint      references organization,
    website                     text,
    recorded_by_organization_id bigint      references organization,
    recorded_by                 text        not null,
    created_at                  timestamptz not null default now()
);
create unique index provider_by_name on provider (lower(name));
create unique index provider_by_organization on provider (organization_id) where organization_id is not null;

-- Other names a provider goes by in employers' applicant-tracking exports ("SCW", "Second Chance Works referral"), learnt
-- when someone places a name at an import's review step, so the next file matches it without asking again.
create table provider_alias (
    alias       text        not null,
    provider_id bigint      not null references provider on delete cascade,
    recorded_by text        not null,
    created_at  timestamptz not null default now()
);
create unique index provider_alias_by_alias on provider_alias (lower(alias));

-- What other modules' SQL may read of a provider (decision 0006).
create view provider_directory as
    select id, name, kind, organization_id from provider;

-- The OPSOs and training providers already on Pathways; those that join later are added when they register.
insert into provider (name, kind, organization_id, recorded_by)
select o.name, case when o.type = 'OPSO' then 'OPSO' else 'TRAINING_PROVIDER' end, o.id, 'pathways'
from organization_directory o
where o.type in ('OPSO', 'TRAINING_PROVIDER') and o.active;
