-- The deadline scan (ServerActivityQueries.deliveryOverdue) looks for startable server activities whose
-- deadline passed. Through the status index it read every QUEUED row of a backlog and found none overdue
-- (benchmark, issue 11: 11,638 rows removed by filter, 40-185 ms per scan). This partial index holds only
-- startable server rows that have a deadline, by deadline; the query names the statuses literally
-- (RuleStatuses.sqlList), so every plan can use it.
create index activity_view_server_deadline on activity_view (deliver_before, id)
    where kind = 'SERVER' and deliver_before is not null and status in ('QUEUED', 'SCHEDULED', 'WAITING');

-- Indexes of the shared view schema (service-core db/core) that no query of this service reads through. Every
-- status change of every activity inserted into each of them (a status change is never a HOT update), and the
-- view upsert is the largest item of this service's database time (pg_stat_statements, benchmark). This
-- service reads its view by id, by computer and status, by server status (V10, V20, V22) and finished type
-- (V21); lists by account or creation time, parents and dependents are activity-api's.
drop index activity_view_parent;
drop index activity_view_wait_for;
drop index activity_view_created;
drop index activity_view_account_created;
drop index activity_view_account_status;
