-- Records whose effect could not be stored for a reason that would repeat on every retry (SQLSTATE classes
-- 22 data, 23 constraint, 54 limit). Each is isolated from its batch, listed here, counted, and treated as
-- rejected, so the projection moves on (docs/architecture.md, "Legal values and quarantine"). Derived from
-- the log like the view: a rebuild truncates it and refolding lists the same records again.
create table projection_quarantine (
    topic          text        not null,
    partition_id   integer     not null,
    log_offset     bigint      not null,
    event_id       uuid,
    -- The activity id or computer id the record names, when legible.
    subject        text,
    reason         text        not null,
    quarantined_at timestamptz not null default now(),
    primary key (topic, partition_id, log_offset)
);

alter table projection_offsets add column quarantined bigint not null default 0;
