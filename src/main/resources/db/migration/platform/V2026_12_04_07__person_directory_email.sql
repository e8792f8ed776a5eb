-- The people directory gains their email address, for messages other modules send them (a staff member's reminders of
-- the retention checks falling due in their caseload).
create or replace view person_directory as
    select id, organization_id, username, display_name, active, email from user_account;
