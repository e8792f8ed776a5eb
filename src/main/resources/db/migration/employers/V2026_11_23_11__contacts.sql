-- People inside employers (C4): who they are, the professional role they play, at which level, and what they
-- bring to a partnership. The coverage view reads these to name the gaps.
create table employer_contact (
    id                  bigserial primary key,
    employer_id         bigint      not null references employer,
    establishment_id    bigint references establishment,
    name                text        not null,
    job_title           text,
    role                text        not null check (role in ('EXECUTIVE_LEADERSHIP', 'GOVERNMENT_COMMUNITY_RELATIONS', 'CSR',
                                                             'HUMAN_RESOURCES', 'RECRUITMENT', 'HIRING_MANAGER',
                                                             'TRAINING_DEVELOPMENT', 'SUBJECT_MATTER_EXPERT', 'EMPLOYEE_SUPPORT')),
    level               text        not null check (level in ('CORPORATE', 'ESTABLISHMENT')),
    decision_authority  boolean     not null default false,
    supports_partnership boolean    not null default false,
    point_of_contact    boolean     not null default false,
    third_party         boolean     not null default false,
    volunteer           boolean     not null default false,
    email               text,
    phone               text,
    notes               text,
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index employer_contact_by_employer on employer_contact (employer_id);
