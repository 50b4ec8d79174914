-- Tenancy (issue 12): every schedule and calendar belongs to one account. Calendar names are unique per account
-- (two tenants may both have US_HOLIDAYS), and a schedule may use only a calendar of its own account. Rows
-- written before tenancy get the empty account '', which no token names: they belong to no account, so no user
-- sees them (the same rule as activities without an accountId; docs/architecture.md "Tenancy").
alter table schedules drop constraint schedules_calendar_fkey;
alter table calendars drop constraint calendars_pkey;
alter table calendars add column account_id text not null default '';
alter table calendars alter column account_id drop default;
alter table calendars add primary key (account_id, name);

alter table schedules add column account_id text not null default '';
alter table schedules alter column account_id drop default;
alter table schedules add constraint schedules_calendar_fkey foreign key (account_id, calendar)
    references calendars (account_id, name) on update cascade on delete restrict;

drop index schedules_calendar;
create index schedules_calendar on schedules (account_id, calendar) where calendar is not null;
-- Lists page by id within the caller's accounts.
create index schedules_account on schedules (account_id, id);
