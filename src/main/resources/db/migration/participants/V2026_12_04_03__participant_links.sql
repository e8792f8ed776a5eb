-- Private links the participants module issues (decision 0009): a participant's own consent page (referral_id null), and
-- an employer's page for one referral, for an employer without accounts in Pathways. The link is signed from the id and
-- the nonce (platform.PrivateLinks) and never stored; issuing a new link withdraws the one before, so one works at a time.
create table participant_link (
    id              bigserial   primary key,
    organization_id bigint      not null references organization,
    participant_id  bigint      not null references participant on delete cascade,
    referral_id     bigint      references referral on delete cascade,
    nonce           text        not null,
    sent_to         text,
    expires_at      timestamptz not null,
    withdrawn_at    timestamptz,
    withdrawn_by    text,
    opened_count    integer     not null default 0,
    last_opened_at  timestamptz,
    created_at      timestamptz not null default now(),
    created_by      text        not null
);
create unique index participant_link_live_consent on participant_link (participant_id) where referral_id is null and withdrawn_at is null;
create unique index participant_link_live_referral on participant_link (referral_id) where withdrawn_at is null;

-- A consent given through the participant's own page is signed by typing a name: the name typed is kept with it.
alter table consent add column signed_name text;
