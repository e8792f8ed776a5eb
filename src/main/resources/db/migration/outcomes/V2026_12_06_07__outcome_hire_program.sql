-- The program a hire came through (filled from hire_outcome by the next rebuild or the employer's next event).
alter table outcome_hire add column program text;
