-- The recommended-actions workbook (C7): the organization's answer and status for each question of the five
-- recommended actions, per employer it keeps a profile of. Evidence is not stored: it is read from the profile
-- each time, so it is never stale.
create table workbook_answer (
    employer_id   bigint      not null,
    question      text        not null,
    answer        text,
    status        text        not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'ANSWERED')),
    version       integer     not null default 1,
    updated_at    timestamptz not null default now(),
    updated_by    text,
    primary key (employer_id, question)
);
