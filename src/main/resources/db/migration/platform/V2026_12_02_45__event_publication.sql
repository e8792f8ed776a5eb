-- Spring Modulith's event publication registry (its own v2 schema for PostgreSQL): an event between modules is
-- recorded in the transaction that publishes it and completed when its listener has run, so a restart republishes
-- what did not finish instead of losing it (decision 0006).
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
