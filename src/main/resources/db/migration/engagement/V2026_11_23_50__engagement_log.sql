-- The engagement log (C7): every meeting, call, event, visit or email with an employer, who took part on each side,
-- what was said, and the next step with its owner and due date. It belongs to the organization that keeps the
-- employer's profile.
create table engagement (
    id               bigserial primary key,
    organization_id  bigint      not null references organization,
    employer_id      bigint      not null,
    kind             text        not null check (kind in ('MEETING', 'CALL', 'EVENT', 'VISIT', 'EMAIL')),
    occurred_on      date        not null,
    subject          text        not null,
    notes            text,
    next_step        text,
    next_step_due    date,
    next_step_owner  bigint      references user_account,
    next_step_done_at timestamptz,
    version          integer     not null default 0,
    created_at       timestamptz not null default now(),
    created_by       text,
    check (next_step is not null or (next_step_due is null and next_step_owner is null))
);
create index engagement_by_employer on engagement (employer_id, occurred_on desc);
create index engagement_open_steps on engagement (next_step_owner, next_step_due) where next_step is not null and next_step_done_at is null;

create table engagement_contact (
    engagement_id bigint not null references engagement on delete cascade,
    contact_id    bigint not null,
    primary key (engagement_id, contact_id)
);

create table engagement_staff (
    engagement_id bigint not null references engagement on delete cascade,
    user_id       bigint not null references user_account,
    primary key (engagement_id, user_id)
);
