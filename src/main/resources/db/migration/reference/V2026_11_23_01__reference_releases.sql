-- Reference data (C16). Every official file is loaded as a release of one dataset with its vintage; all rows
-- of a release carry its id, so older vintages stay queryable and a release is replaced or removed whole.
-- The data tables have no foreign key to ref_release: the importer is their only writer, it deletes a
-- release's rows with the release in one transaction, and a per-row key check would double COPY's cost.
create table ref_release (
    id            bigserial primary key,
    dataset       text        not null,
    vintage       text        not null,
    vintage_order numeric     not null,
    source_file   text        not null,
    fingerprint   text        not null,
    row_count     integer     not null,
    starter       boolean     not null default false,
    current       boolean     not null default false,
    loaded_at     timestamptz not null default now(),
    loaded_by     text,
    -- deferred: a corrected file of the same vintage is loaded before the one it replaces is removed
    constraint ref_release_dataset_vintage unique (dataset, vintage) deferrable initially deferred
);
create unique index ref_release_one_current on ref_release (dataset) where current;

create table ref_naics (
    release_id  bigint   not null,
    code        text     not null,
    title       text     not null,
    level       smallint not null,
    parent_code text,
    seq         integer,
    primary key (release_id, code)
);

create table ref_naics_concordance (
    release_id bigint not null,
    from_code  text   not null,
    to_code    text   not null,
    primary key (release_id, from_code, to_code)
);

create table ref_soc (
    release_id  bigint not null,
    code        text   not null,
    title       text   not null,
    soc_group   text   not null check (soc_group in ('major', 'minor', 'broad', 'detailed')),
    definition  text,
    major_code  text   not null,
    minor_code  text,
    broad_code  text,
    primary key (release_id, code)
);

create table ref_soc_title (
    release_id   bigint  not null,
    soc_code     text    not null,
    title        text    not null,
    illustrative boolean not null
);

create table ref_onet_occupation (
    release_id  bigint not null,
    onet_code   text   not null,
    soc_code    text   not null,
    title       text   not null,
    description text,
    primary key (release_id, onet_code)
);
create index ref_onet_occupation_soc on ref_onet_occupation (release_id, soc_code);

-- alternate titles and the sample of reported titles (two datasets, one shape)
create table ref_onet_title (
    release_id  bigint not null,
    onet_code   text   not null,
    soc_code    text   not null,
    title       text   not null,
    short_title text
);

-- skills and knowledge ratings (two datasets, one shape); scale IM = importance 1-5, LV = level 0-7
create table ref_onet_rating (
    release_id   bigint  not null,
    onet_code    text    not null,
    soc_code     text    not null,
    element_id   text    not null,
    element_name text    not null,
    scale_id     text    not null,
    value        numeric not null,
    suppressed   boolean not null
);
create index ref_onet_rating_soc on ref_onet_rating (release_id, soc_code);

create table ref_onet_technology (
    release_id      bigint  not null,
    onet_code       text    not null,
    soc_code        text    not null,
    example         text    not null,
    commodity_code  text,
    commodity_title text,
    hot             boolean not null,
    in_demand       boolean not null
);
create index ref_onet_technology_soc on ref_onet_technology (release_id, soc_code);

create table ref_onet_job_zone (
    release_id bigint   not null,
    onet_code  text     not null,
    soc_code   text     not null,
    job_zone   smallint not null check (job_zone between 1 and 5),
    primary key (release_id, onet_code)
);
create index ref_onet_job_zone_soc on ref_onet_job_zone (release_id, soc_code);

create table ref_onet_job_zone_reference (
    release_id bigint   not null,
    job_zone   smallint not null,
    name       text     not null,
    experience text,
    education  text,
    training   text,
    examples   text,
    primary key (release_id, job_zone)
);

create table ref_onet_related (
    release_id        bigint   not null,
    onet_code         text     not null,
    soc_code          text     not null,
    related_onet_code text     not null,
    related_soc_code  text     not null,
    related_title     text     not null,
    tier              text,
    rank              smallint
);
create index ref_onet_related_soc on ref_onet_related (release_id, soc_code);

create table ref_onet_education (
    release_id bigint   not null,
    onet_code  text     not null,
    soc_code   text     not null,
    scale_id   text     not null,
    category   smallint not null,
    percent    numeric  not null
);
create index ref_onet_education_soc on ref_onet_education (release_id, soc_code);

create table ref_onet_education_category (
    release_id  bigint   not null,
    scale_id    text     not null,
    category    smallint not null,
    description text     not null,
    primary key (release_id, scale_id, category)
);

-- BLS Employment Projections; employment figures in thousands as published
create table ref_projection (
    release_id             bigint not null,
    soc_code               text   not null,
    title                  text   not null,
    sample_titles          text,
    base_year              smallint not null,
    projected_year         smallint not null,
    employment_base        numeric,
    employment_projected   numeric,
    employment_change      numeric,
    change_percent         numeric,
    annual_openings        numeric,
    median_wage            numeric,
    median_wage_top_coded  boolean not null,
    typical_education      text,
    work_experience        text,
    training               text,
    primary key (release_id, soc_code)
);

-- BLS OEWS national wages; a top-coded value ("#" in the file) is stored as the top code with the flag set
create table ref_wage (
    release_id       bigint not null,
    soc_code         text   not null,
    title            text   not null,
    occupation_group text   not null,
    employment       bigint,
    hourly_mean      numeric,
    annual_mean      numeric,
    hourly_median    numeric,
    annual_p10       numeric,
    annual_p25       numeric,
    annual_median    numeric,
    annual_p75       numeric,
    annual_p90       numeric,
    top_coded        boolean not null,
    annual_only      boolean not null,
    -- OEWS lists a code twice when a broad occupation has one detailed occupation (13-1020 broad and detailed)
    primary key (release_id, soc_code, occupation_group)
);

create table ref_nem_crosswalk (
    release_id bigint not null,
    onet_code  text   not null,
    soc_code   text   not null,
    nem_code   text   not null,
    nem_title  text,
    primary key (release_id, onet_code)
);
create index ref_nem_crosswalk_soc on ref_nem_crosswalk (release_id, soc_code);

create table ref_state (
    release_id   bigint not null,
    fips         text   not null,
    name         text   not null,
    abbreviation text,
    population   bigint,
    primary key (release_id, fips)
);

create table ref_county (
    release_id bigint not null,
    fips       text   not null,
    state_fips text   not null,
    name       text   not null,
    state_name text   not null,
    population bigint,
    primary key (release_id, fips)
);

create table ref_cbsa_county (
    release_id            bigint  not null,
    cbsa_code             text    not null,
    cbsa_title            text    not null,
    area_type             text    not null,
    metro_division_code   text,
    metro_division_title  text,
    csa_code              text,
    csa_title             text,
    county_fips           text    not null,
    county_name           text    not null,
    state_name            text    not null,
    central               boolean not null,
    primary key (release_id, county_fips)
);
create index ref_cbsa_county_cbsa on ref_cbsa_county (release_id, cbsa_code);
