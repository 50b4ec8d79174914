-- GenerateUsgReportActivity reads the finished UsgActivity runs (ViewQueries.finishedOfType). Through the
-- status index it walked every finished row of every type: a report's database cost grew with the whole
-- history (issue 11: the cheapest real server type cost 33 ms more machine CPU per activity than a no-op with
-- 8,000 finished activities in the view). This partial index holds only finished rows, by type then id, the
-- query's own order, so a report reads only the runs it reports. The query names the statuses literally so
-- every plan can use it.
create index activity_view_finished_type on activity_view (type, id)
    where status in ('SUCCEEDED', 'FAILED', 'CANCELED');
