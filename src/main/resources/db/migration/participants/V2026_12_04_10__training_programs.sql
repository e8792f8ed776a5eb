-- Training programs an OPSO records (until the supply-chain module keeps providers' programs): what a program leads to
-- (a credential, competencies), so a participant's matches can name a program beside each gap it would close.
create table training_program (
    id              bigserial   primary key,
    organization_id bigint      not null references organization,
    name            text        not null,
    provider        text,
    credential_kind text,
    credential_name text,
    competencies    text[]      not null default '{}',
    next_start      date,
    created_at      timestamptz not null default now(),
    created_by      text        not null
);
create index training_program_by_organization on training_program (organization_id);
