-- A finished execution's outcome (the final StatusChanged, as its record value) is stored on its execution row
-- BEFORE it is published (issue 10 §5): a publish that fails, or a process that dies after its handler
-- returned, never loses it and never makes recovery run the handler again. Rows with an outcome are not
-- orphans; the recovery scan re-publishes the stored record (same event id, same expected version) until the
-- view shows the activity no longer IN_PROGRESS under that claim, and the sweep then drops the row.
alter table job_executions add column outcome text;
alter table job_executions add column outcome_stored_at timestamptz;
