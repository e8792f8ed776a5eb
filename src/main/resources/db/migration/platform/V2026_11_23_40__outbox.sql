-- Every message Pathways sends on an organization's behalf (survey invitations, reminders…), whatever sender
-- delivers it: the organization can always see what went out, to whom and when.
create table outbound_message (
    id              bigserial primary key,
    organization_id bigint      not null references organization,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    sender          text        not null,   -- which MessageSender delivered it ("log" by default)
    created_at      timestamptz not null default now(),
    created_by      text
);
create index outbound_message_by_organization on outbound_message (organization_id, created_at desc);
