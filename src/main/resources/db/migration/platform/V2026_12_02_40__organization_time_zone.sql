-- Times on pages, documents and the private-link answer page are shown in the organization's own time zone
-- (the demo region and most of today's users are in Ohio); an administrator chooses it for a new organization.
alter table organization add column time_zone varchar(60) not null default 'America/New_York';
