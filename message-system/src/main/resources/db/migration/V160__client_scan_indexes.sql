-- message-system reads its view only for client activities, besides lookups by id. Its scans (timeouts,
-- deadlines, dependencies, unfinished ends; ClientActivityQueries) went through the status index of the shared
-- schema and read every server row of those statuses too: with a backlog of queued server activities the
-- deadline scan read 11,000 rows to find none (benchmark, issue 11: about 200 ms per scan). These partial
-- indexes hold client rows only; the deadline scan's index only startable client rows that have a deadline,
-- by deadline (its query names the statuses literally, RuleStatuses.sqlList, so every plan can use it).
create index activity_view_client_status on activity_view (status, id) where kind = 'CLIENT';
create index activity_view_client_deadline on activity_view (deliver_before, id)
    where kind = 'CLIENT' and deliver_before is not null and status in ('QUEUED', 'SCHEDULED', 'WAITING');
-- A computer's candidates, orphan claims and the ping's deliverable check all ask for client rows.
create index activity_view_client_computer on activity_view (computer_id, status) where kind = 'CLIENT';

-- Indexes of the shared view schema (service-core db/core) no query of this service reads through. Every
-- status change of every activity, server ones included, inserted into each of them (a status change is never
-- a HOT update), and the view upsert is the largest item of this service's database time (pg_stat_statements,
-- benchmark). Lists by account or creation time, parents and dependents are activity-api's.
drop index activity_view_status;
drop index activity_view_computer;
drop index activity_view_parent;
drop index activity_view_wait_for;
drop index activity_view_created;
drop index activity_view_account_created;
drop index activity_view_account_status;
