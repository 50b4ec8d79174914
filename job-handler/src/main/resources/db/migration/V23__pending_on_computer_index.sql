-- Issue 11, tenth round: every status change of a view row adds an entry to every index (never a HOT update),
-- and the view upsert is a large item of this service's database time. The shared (computer_id, status) index
-- took an entry for every version of every row, server activities (no computer) and finished ones included,
-- for one query: a computer's activities that have not started, in id order (ViewQueries.pendingOnComputer,
-- which names the statuses literally, so every plan can use this index). It now holds only those rows, in the
-- order the query reads them; a server activity's status changes add nothing to it.
drop index activity_view_computer;
create index activity_view_computer on activity_view (computer_id, id)
    where computer_id is not null and status in ('QUEUED', 'SCHEDULED', 'WAITING', 'BLOCKED');
