-- Views the collaboratives module publishes for other modules' SQL (decision 0006).
create view collaborative_directory as
    select id, organization_id, name, status from collaborative;

-- Which organizations see a collaborative, and as what: the one that manages it, its partners, its members' own
-- organizations. An organization can appear twice (a partner whose employer is also a member).
create view collaborative_visibility as
    select id as collaborative_id, organization_id, 'MANAGER' as relation from collaborative
    union all
    select collaborative_id, organization_id, 'PARTNER' from collaborative_partner
    union all
    select collaborative_id, employer_organization_id, 'MEMBER' from collaborative_member where employer_organization_id is not null;

create view collaborative_membership as
    select collaborative_id, employer_id, employer_organization_id, joined_on from collaborative_member;
