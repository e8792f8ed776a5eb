-- Organizations, their people, personal API tokens and the audit log.
create table organization (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    type        varchar(40)  not null check (type in ('PLATFORM', 'EMPLOYER', 'OPSO', 'INTERMEDIARY', 'TRAINING_PROVIDER')),
    region      varchar(120),
    demo        boolean      not null default false,
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0
);
create unique index organization_name_unique on organization (lower(name));

create table user_account (
    id               bigint generated always as identity primary key,
    organization_id  bigint       not null references organization (id),
    username         varchar(100) not null,
    display_name     varchar(200) not null,
    email            varchar(254),
    password_hash    varchar(200) not null,
    active           boolean      not null default true,
    failed_sign_ins  integer      not null default 0,
    locked_until     timestamptz,
    last_sign_in_at  timestamptz,
    created_at       timestamptz  not null default now(),
    version          integer      not null default 0
);
create unique index user_account_username_unique on user_account (lower(username));
create index user_account_organization on user_account (organization_id);

create table user_role (
    user_account_id bigint      not null references user_account (id) on delete cascade,
    role            varchar(40) not null,
    primary key (user_account_id, role)
);

create table api_token (
    id               bigint generated always as identity primary key,
    user_account_id  bigint       not null references user_account (id),
    organization_id  bigint       not null references organization (id),
    name             varchar(100) not null,
    token_hash       char(64)     not null unique,
    token_prefix     varchar(16)  not null,
    created_at       timestamptz  not null default now(),
    expires_at       timestamptz  not null,
    revoked_at       timestamptz,
    last_used_at     timestamptz
);
create index api_token_user on api_token (user_account_id);

create table audit_event (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz  not null default now(),
    organization_id  bigint,
    actor_user_id    bigint,
    actor            varchar(100),
    action           varchar(60)  not null,
    target_type      varchar(60),
    target_id        varchar(60),
    detail           varchar(1000),
    remote_address   varchar(64)
);
create index audit_event_time on audit_event (occurred_at desc);
create index audit_event_organization_time on audit_event (organization_id, occurred_at desc);
create index audit_event_actor on audit_event (lower(actor));
