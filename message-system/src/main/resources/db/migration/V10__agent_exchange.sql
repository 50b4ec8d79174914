-- message-system's own tables. Unlike activity_view these are primary data, not a projection of the log:
-- a rebuild of the view never touches them. Every replica reads and writes them, so any replica can serve
-- any agent's exchange.

-- Accounts agents register into. The registration key is stored only as a SHA-256 hash.
create table account (
    id                    text primary key,
    title                 text,
    registration_key_hash text        not null,
    -- computers registering into this account start PENDING until an operator accepts them
    manual_acceptance     boolean     not null default false,
    created_at            timestamptz not null,
    updated_at            timestamptz not null
);

-- One registered agent. computer_id is the public id used in activities and pings; the secret id the agent
-- authenticates with is stored only as a hash.
create table agent (
    computer_id          text primary key,
    account_id           text        not null references account (id),
    secret_hash          text        not null unique,
    -- the exchange token issued last and the one presented last: a third one means a cloned agent
    token_hash           text        not null,
    previous_token_hash  text,
    -- the next sequence number expected from the agent's own messages
    next_agent_sequence  bigint      not null default 1,
    -- the next sequence number to give an outgoing message, and the first one the agent has not acknowledged
    next_out_sequence    bigint      not null default 1,
    acked_sequence       bigint      not null default 1,
    -- one exchange per computer at a time, across replicas
    lease_id             uuid,
    lease_until          timestamptz,
    registered_at        timestamptz not null,
    last_exchange_at     timestamptz,
    clone_suspected_at   timestamptz
);

-- Messages to agents, numbered per computer and re-sent until acknowledged. Kept after acknowledgement
-- (the sequence, not a delete, marks them done) so the uniqueness of (operation, kind) holds for good.
create table outgoing_message (
    computer_id  text        not null references agent (computer_id),
    sequence     bigint      not null,
    kind         text        not null,
    operation_id uuid        not null,
    body         jsonb       not null,
    created_at   timestamptz not null,
    primary key (computer_id, sequence),
    unique (computer_id, operation_id, kind)
);

-- An activity whose claim won and that was handed to its computer's outbox.
create table delivery (
    activity_id      uuid primary key,
    computer_id      text        not null references agent (computer_id),
    claim_event_id   uuid        not null,
    delivered_at     timestamptz not null,
    result_at        timestamptz,
    cancel_queued_at timestamptz,
    -- output characters forwarded as progress so far, for the per-activity cap
    output_chars     integer     not null default 0
);

create index delivery_open on delivery (computer_id) where result_at is null;
