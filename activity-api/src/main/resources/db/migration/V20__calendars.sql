-- Holiday calendars (seed 002 "calendar": "US_HOLIDAYS"): dates on which a recurring schedule does not fire.
-- Configuration owned by activity-api, not a projection: a rebuild of the view leaves it alone.
create table calendars (
    name        text primary key,
    description text,
    dates       date[]      not null default '{}',
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
