-- Views the platform publishes for other modules' SQL (decision 0006): who an organization or a person is, without
-- the columns that are the platform's own business (password hashes, sign-in counters, lockouts).
create view organization_directory as
    select id, name, type, region, time_zone, demo, active from organization;

create view person_directory as
    select id, organization_id, username, display_name, active from user_account;
