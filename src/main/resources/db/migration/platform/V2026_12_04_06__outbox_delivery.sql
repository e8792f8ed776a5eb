-- The outbox delivers what it keeps (issue 18): a message is written with the work that sends it, in the same
-- transaction, and delivered after that commits, with retries and back-off; one that keeps failing is marked and shown
-- on Sent messages, never lost. Messages kept before were delivered on the spot.
alter table outbound_message
    add column status          text        not null default 'SENT' check (status in ('PENDING', 'SENT', 'FAILED')),
    add column attempts        integer     not null default 0,
    add column next_attempt_at timestamptz,
    add column last_error      text,
    add column sent_at         timestamptz;
update outbound_message set sent_at = created_at, attempts = 1;
create index outbound_message_due on outbound_message (next_attempt_at) where status = 'PENDING';
