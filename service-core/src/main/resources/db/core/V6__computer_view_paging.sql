-- /computers pages a caller's accounts by registration time (keyset: registered_at, id).
create index computer_view_account_registered on computer_view (account_id, registered_at, id);
