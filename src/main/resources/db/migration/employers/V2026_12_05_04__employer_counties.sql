-- Where an employer is and where it looks for people, by county, for the talent-flow map (decision 0006): the counties
-- of its establishments, and those its critical jobs recruit in. Codes only; everything else through the services.
create view employer_county_directory as
    select employer_id, county_fips, 'ESTABLISHMENT' as kind from establishment where county_fips is not null
    union
    select employer_id, unnest(recruiting_counties), 'RECRUITS' from critical_job;
