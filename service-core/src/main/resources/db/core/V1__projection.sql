-- The activity view every service folds from activity-events, and the offsets that make the fold
-- exactly-once: both are written in the same transaction, so a replayed record is recognised and skipped.
-- Service-specific migrations start at V10 (see docs/architecture.md).

create table activity_view (
    id                uuid primary key,
    type              text        not null,
    kind              text        not null,
    computer_id       text,
    parent_id         uuid,
    status            text        not null,
    status_version    integer     not null,
    created_at        timestamptz not null,
    created_by        text        not null,
    updated_at        timestamptz not null,
    deliver_after     timestamptz,
    deliver_before    timestamptz,
    timeout_seconds   integer,
    in_progress_since timestamptz,
    finished_at       timestamptz,
    wait_for_id       uuid,
    progress_percent  integer,
    archived          boolean     not null default false,
    summary           text,
    -- The whole folded state (definition, result, output, claim); the columns above are derived from it
    -- for queries and indexes.
    state             jsonb       not null
);

create index activity_view_status on activity_view (status);
create index activity_view_computer on activity_view (computer_id, status);
create index activity_view_parent on activity_view (parent_id);
create index activity_view_wait_for on activity_view (wait_for_id) where wait_for_id is not null;
create index activity_view_created on activity_view (created_at, id);

create table computer_view (
    id            text primary key,
    account_id    text,
    title         text,
    hostname      text,
    tags          text[]      not null default '{}',
    status        text        not null,
    registered_at timestamptz not null,
    updated_at    timestamptz not null
);

create table projection_offsets (
    topic           text    not null,
    partition_id    integer not null,
    applied_offset  bigint  not null,
    events          bigint  not null default 0,
    rejected        bigint  not null default 0,
    malformed       bigint  not null default 0,
    primary key (topic, partition_id)
);
