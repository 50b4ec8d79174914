-- The claim ledger of deliveries (issue 10): a delivery claim's event id is recorded here before the claim is
-- published, so orphan recovery hands to the agent exactly the claims made to deliver, keyed by event id.
-- A claim made only to end an activity (missed delivery deadline) is never recorded, so it is never delivered.
-- A row lives until its claim is handed over (the delivery row takes over) or lost.
create table delivery_claim (
    claim_event_id uuid primary key,
    activity_id    uuid        not null,
    computer_id    text        not null,
    claimed_at     timestamptz not null
);

create index delivery_claim_computer on delivery_claim (computer_id);
