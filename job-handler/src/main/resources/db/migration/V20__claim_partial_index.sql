-- The claim scan (ServerActivityQueries.queued) takes the oldest QUEUED server activities. Ordered by
-- created_at it used to walk the (created_at, id) index over every finished row (issue 11: 6,600-7,900 rows
-- removed by filter per scan). This partial index holds only the rows the scan is looking for, so a scan
-- costs the same however long the history is; the query names the status literally so every plan, generic
-- ones included, can use it. See docs/architecture.md "Performance" for the EXPLAIN.
create index activity_view_server_queued on activity_view (created_at, id)
    where kind = 'SERVER' and status = 'QUEUED';
