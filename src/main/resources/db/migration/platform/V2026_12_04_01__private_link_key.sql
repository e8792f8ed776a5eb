-- The key that signs every private link when none is configured (pathways.links.secret): surveys, a participant's
-- consent page, an employer's referral page. It was the demand module's until other modules issued links too; the
-- demand migration that follows hands its key over, so links already sent keep working.
create table private_link_key (
    id     integer primary key check (id = 1),
    secret bytea   not null
);
