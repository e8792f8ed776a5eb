-- An employer may answer a demand survey with "nothing to report for these periods": counted as answered, with
-- no figures, and told apart from an answer with numbers.
alter table demand_invitation add column nothing_to_report boolean not null default false;
