-- Views the employers module publishes for other modules' SQL (decision 0006): a profile's name and owner, its
-- people's names and e-mail, its critical jobs' titles and codes. Everything else is read through the services.
create view employer_directory as
    select id, organization_id, name, archived_at is not null as archived from employer;

create view employer_contact_directory as
    select id, employer_id, name, email, point_of_contact, archived_at is not null as archived from employer_contact;

create view critical_job_directory as
    select id, employer_id, employer_title, soc_code from critical_job;
