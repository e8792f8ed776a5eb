-- Which retention checks a staff member was reminded of (RetentionReminders): one reminder a check, whichever node sends
-- it first (the row is written before the message, in the same transaction).
create table retention_reminder (
    referral_id bigint      not null references referral on delete cascade,
    stage       text        not null,
    reminded_at timestamptz not null default now(),
    primary key (referral_id, stage)
);
