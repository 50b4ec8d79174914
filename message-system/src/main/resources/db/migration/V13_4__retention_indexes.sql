-- Issue 13 §4: acknowledged outgoing messages and finished deliveries are pruned after the retention
-- period (messages.retention.*). These indexes let the pruner find old rows without scanning the tables.
create index outgoing_message_created on outgoing_message (created_at);
create index delivery_result_at on delivery (result_at) where result_at is not null;
create index delivery_cancel_queued_at on delivery (cancel_queued_at)
    where result_at is null and cancel_queued_at is not null;
