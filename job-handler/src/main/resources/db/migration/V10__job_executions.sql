-- Executions of server activities by job-handler processes. A row is written before the claim is published
-- (keyed by the claim's event id), renewed by the running process's heartbeat, and removed when the
-- execution ends. An IN_PROGRESS server activity whose claim has no row with a fresh heartbeat is orphaned:
-- its process died, and any replica resumes or fails it (see RecoveryRule). Replicas share this table, so a
-- takeover is one conditional upsert: exactly one replica wins it.
create table job_executions (
    claim_event_id uuid        primary key,
    activity_id    uuid        not null,
    instance_id    text        not null,
    started_at     timestamptz not null,
    heartbeat_at   timestamptz not null,
    resumes        integer     not null default 0
);

create index job_executions_activity on job_executions (activity_id);

-- The reactor's scans only look at server activities in a given status.
create index activity_view_server_status on activity_view (status, id) where kind = 'SERVER';
