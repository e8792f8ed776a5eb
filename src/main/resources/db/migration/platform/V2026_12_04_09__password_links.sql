-- Links that let a person choose their own password (issue 18): an invitation an administrator sends, or a reset a
-- person asks for by email. Each works once and lapses (an invitation in 7 days, a reset in an hour); the link itself is
-- signed from the id and nonce (PrivateLinks) and never stored.
create table password_link (
    id              bigserial   primary key,
    user_account_id bigint      not null references user_account on delete cascade,
    purpose         text        not null check (purpose in ('INVITATION', 'RESET')),
    nonce           text        not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    created_at      timestamptz not null default now(),
    created_by      text        not null
);
create index password_link_by_user on password_link (user_account_id) where used_at is null;
