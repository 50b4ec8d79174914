-- The Landscape Client encoding (message-system/README.md "Landscape Client"). The exchange itself lives in
-- the agent tables; these only translate between the client's wire facts and the core's:
-- an integer insecure id for pings, the client's message numbering, and the server messages as the client
-- counts them (it counts every message it received; the core numbers only its own, with gaps).

create table landscape_computer (
    computer_id           text primary key references agent (computer_id) on delete cascade,
    -- the client's public integer id (pings)
    insecure_id           bigint generated always as identity unique,
    -- the client's message sequence that the core's agent sequence 1 stands for
    sequence_offset       bigint      not null,
    -- the registration's exchange token, kept only until the first exchange: landscape-config does not
    -- keep it, so the daemon's first exchange presents none
    first_token           text,
    -- the next position (client count) a server message gets, and the highest core sequence translated
    next_position         bigint      not null,
    mapped_through        bigint      not null default 0,
    -- ';'-joined message types the client handles, as it announced them (null until it has)
    client_accepted_types text,
    -- the intervals last sent with set-intervals ("exchange/urgent/ping" seconds)
    intervals_sent        text,
    hostname              text,
    distribution          text,
    updated_at            timestamptz not null
);

-- Server messages as the client counts them: re-sent from the client's next-expected-sequence on.
-- core_sequence links a translated core message, so the client's count gives the core's acknowledgement.
create table landscape_message (
    computer_id   text   not null references landscape_computer (computer_id) on delete cascade,
    position      bigint not null,
    core_sequence bigint,
    body          bytea  not null,
    primary key (computer_id, position)
);

-- The client's integer operation ids for activities.
create table landscape_operation (
    operation_id bigint generated always as identity primary key,
    activity_id  uuid not null unique,
    computer_id  text not null references landscape_computer (computer_id) on delete cascade
);
