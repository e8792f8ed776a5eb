-- Talent sourcing per critical job (C3): who recruits, how far, where, through which channels, and whether the
-- employer already hires from opportunity populations.
alter table critical_job
    add column recruiting_level     text check (recruiting_level in ('CORPORATE', 'ESTABLISHMENT')),
    add column recruiting_reach     text check (recruiting_reach in ('COUNTY', 'METRO', 'STATE', 'NATIONAL', 'GLOBAL', 'REMOTE')),
    add column recruiting_counties  text[] not null default '{}',
    add column recruiting_area_note text,
    add column channels             text[] not null default '{}',
    add column hires_opportunity    text check (hires_opportunity in ('YES', 'NO', 'UNKNOWN')),
    add column populations          text[] not null default '{}';
