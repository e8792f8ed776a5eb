-- A target for a whole collaborative, set by its manager ("85 % of the members' hires still there at 90 days"), beside
-- those of one employer profile: exactly one of the two.
alter table outcome_target alter column employer_id drop not null;
alter table outcome_target add column collaborative_id bigint;
alter table outcome_target add constraint outcome_target_of_one check ((employer_id is null) <> (collaborative_id is null));
create index outcome_target_by_collaborative on outcome_target (collaborative_id) where collaborative_id is not null;
