-- A profile an OPSO or an intermediary keeps may be linked to the employer's own organization in Pathways, when it has
-- accounts (PRODUCT.md, "Who owns what"): that is how the employer's people see the referrals made to its jobs.
alter table employer add column own_organization_id bigint references organization;

-- The directory says which employer organization a profile stands for; the column is added last, as a view allows.
create or replace view employer_directory as
    select id, organization_id, name, archived_at is not null as archived, own_organization_id from employer;
