-- Indexes for the retry reactions on service-core's activity_view (additive; the table is truncated, never
-- dropped, on a rebuild, so they survive it). The catch-up scan looks for FAILED activities with attempts left
-- whose next attempt does not exist yet; attempts are found by the original they retry.
create index activity_view_retry_of on activity_view ((state -> 'definition' ->> 'retryOf'))
    where state -> 'definition' ->> 'retryOf' is not null;
create index activity_view_failed_with_retry on activity_view (finished_at)
    where status = 'FAILED' and state -> 'definition' -> 'retry' is not null;
