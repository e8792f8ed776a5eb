-- The weights an organization gives the partnership-fit factors (C7), replacing the defaults. The factors and how
-- each earns its share are the product's; how much each counts is the organization's call. Weights total 100.
create table fit_weight (
    organization_id  bigint      not null references organization,
    factor           text        not null check (factor in ('leadership', 'coverage', 'csr', 'dei', 'priorHiring', 'need', 'reach')),
    weight           integer     not null check (weight between 0 and 100),
    updated_at       timestamptz not null default now(),
    updated_by       text,
    primary key (organization_id, factor)
);
