-- Optimistic concurrency for configuration (issue 13 §5): schedules and calendars carry a version, sent as the
-- ETag and checked by a conditional update under If-Match. Every configuration write adds 1; the firing
-- loop's bookkeeping (counters, evaluated_until) does not, so a PUT never loses to the schedule's own firing.
alter table schedules add column version integer not null default 1;
alter table calendars add column version integer not null default 1;
