-- Recurring schedules: an activity template plus the seed 002 recurrence. Configuration owned by
-- activity-api (not a projection). The firing loop of every replica locks rows with SKIP LOCKED, so replicas
-- split the schedules; the deterministic activity ids make a concurrent firing harmless anyway.
create table schedules (
    id              uuid primary key,
    name            text        not null,
    description     text,
    template        jsonb       not null,
    day_of_week     text        not null,
    trigger_times   text[]      not null,
    timezone        text        not null,
    -- "on delete restrict": a calendar in use cannot disappear under a schedule.
    calendar        text references calendars (name) on update cascade on delete restrict,
    active          boolean     not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    -- Everything up to this instant has been decided (fired, skipped as holiday or missed). Set to "now" on
    -- create, update and activation, so a schedule never fires for times before it was (re)configured.
    evaluated_until timestamptz not null,
    -- The next fire time ignoring the calendar (so never later than the real one, whatever the calendar
    -- becomes): the firing loop only looks at schedules whose next_check_at has come.
    next_check_at   timestamptz not null,
    last_fired_at   timestamptz,
    fired_count     bigint      not null default 0,
    missed_count    bigint      not null default 0,
    last_missed_at  timestamptz
);

create index schedules_due on schedules (next_check_at) where active;
create index schedules_calendar on schedules (calendar) where calendar is not null;

-- One row per fire instant that created activities: the audit of what a schedule did, and a fast way to
-- list its activities.
create table schedule_firings (
    schedule_id uuid        not null references schedules (id) on delete cascade,
    fire_at     timestamptz not null,
    activity_id uuid        not null,
    recorded_at timestamptz not null,
    primary key (schedule_id, fire_at)
);
