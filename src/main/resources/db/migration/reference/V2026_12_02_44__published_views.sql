-- Views the reference module publishes for other modules' SQL (decision 0006): the current release only, so a
-- reader never has to know how releases are kept.
create view metro_county as
    select c.cbsa_code, c.cbsa_title, c.county_fips
    from ref_cbsa_county c join ref_release r on r.id = c.release_id
    where r.dataset = 'cbsa-delineation' and r.current;
