-- Tenancy (issue 12): the account owning each activity, from activity.created's definition.accountId. Null for
-- activities created before tenancy: they belong to no account and no user's read shows them. Every user-facing
-- query filters by account_id = any(<the caller's accounts>), so the indexes that serve lists lead by it.
alter table activity_view add column account_id text;

create index activity_view_account_created on activity_view (account_id, created_at, id);
create index activity_view_account_status on activity_view (account_id, status);
