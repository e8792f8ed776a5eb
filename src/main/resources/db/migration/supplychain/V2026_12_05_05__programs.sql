-- A provider's programs (TPM strategy 5): what each prepares people for (occupations by SOC), the credential it leads to
-- and the competencies it teaches, its seats per cohort and cohort dates, schedule, cost and funding, what it asks at
-- entry, the supports it offers, and how many complete it and are placed. Kept by the provider itself when it is on
-- Pathways, else by the organization that recorded the provider.
create table program (
    id                 bigserial   primary key,
    provider_id        bigint      not null references provider on delete cascade,
    name               text        not null,
    target_socs        text[]      not null default '{}',
    credential_kind    text,
    credential_name    text,
    competencies       text[]      not null default '{}',
    seats_per_cohort   integer     check (seats_per_cohort >= 0),
    next_start         date,
    next_end           date,
    schedule           text[]      not null default '{}',
    cost               numeric(10, 2) check (cost >= 0),
    funding            text[]      not null default '{}',
    entry_requirements text,
    supports           text,
    completion_percent integer     check (completion_percent between 0 and 100),
    placement_percent  integer     check (placement_percent between 0 and 100),
    recorded_by        text        not null,
    created_at         timestamptz not null default now(),
    check (next_end is null or next_start is null or next_end >= next_start)
);
create index program_by_provider on program (provider_id);

create view program_directory as
    select id, provider_id, name, target_socs, credential_kind, seats_per_cohort, next_start, completion_percent, placement_percent
    from program;
