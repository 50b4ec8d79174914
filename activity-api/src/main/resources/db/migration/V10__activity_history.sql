-- The audit trail of activity-api: every activity event of the log, applied or rejected by the fold, with
-- who sent it and where it sits in the log. Written by HistoryProjection in the projection's transaction, so
-- it is exactly-once with activity_view; keyed by the record's position, so a replay can never duplicate a
-- row and a rebuild from offset 0 reproduces the table exactly. Malformed records (no readable activity id)
-- are counted in projection_offsets instead.

create table activity_history (
    partition_id     integer     not null,
    log_offset       bigint      not null,
    activity_id      uuid        not null,
    event_id         uuid        not null,
    event_type       text        not null,
    occurred_at      timestamptz not null,
    actor_kind       text        not null,
    actor_id         text        not null,
    source           text,
    applied          boolean     not null,
    -- Rejection name (VERSION_CONFLICT, ALREADY_FINAL, ...) and the fold's words, when not applied.
    rejection        text,
    rejection_detail text,
    status_before    text,
    status_after     text,
    version_after    integer,
    -- Event-specific facts: from/to/expectedVersion/reason/result/error, percent/sequence, ...
    details          jsonb       not null,
    primary key (partition_id, log_offset)
);

-- One activity's events all sit in one partition, so (activity, offset) is its log order.
create index activity_history_activity on activity_history (activity_id, log_offset);
-- Commands look up the outcome of the event they published.
create index activity_history_event on activity_history (event_id);
