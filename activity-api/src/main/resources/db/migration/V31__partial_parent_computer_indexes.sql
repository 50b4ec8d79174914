-- Issue 11, tenth round: a status change is never a HOT update, so every change of a row adds an entry to every
-- index of the view, and the view upsert is activity-api's costliest statement. Most activities have no parent
-- and server activities no computer; their entries in these two indexes were never read, since every query on
-- the columns compares with "=" or "= any", which implies "is not null" for any parameter, so PostgreSQL uses the
-- partial index even in a generic plan. Server activities now skip both, parentless client activities one.
drop index activity_view_parent;
create index activity_view_parent on activity_view (parent_id) where parent_id is not null;
drop index activity_view_computer;
create index activity_view_computer on activity_view (computer_id, status) where computer_id is not null;
