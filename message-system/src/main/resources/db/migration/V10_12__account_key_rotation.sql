-- Registration key rotation with a grace period: after a new key is set, the previous one (as a hash) is still
-- accepted until previous_key_valid_until.
alter table account
    add column previous_key_hash        text,
    add column previous_key_valid_until timestamptz;
