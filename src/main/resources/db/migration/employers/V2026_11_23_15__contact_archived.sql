-- A person who no longer works with us on this employer's side (moved on, changed role). They leave the lists,
-- the pickers and the coverage view, but stay in the engagements they took part in: deleting them would rewrite
-- the history of past meetings.
alter table employer_contact add column archived_at timestamptz;
