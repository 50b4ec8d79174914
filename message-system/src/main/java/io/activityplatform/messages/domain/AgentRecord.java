package io.activityplatform.messages.domain;

import java.time.Instant;

/** A registered agent's row: its public id, account and exchange bookkeeping (no secrets in clear). */
public record AgentRecord(String computerId, String accountId, String tokenHash, String previousTokenHash,
        long nextAgentSequence, long nextOutSequence, long ackedSequence, Instant registeredAt,
        Instant lastExchangeAt, Instant cloneSuspectedAt) {
}
