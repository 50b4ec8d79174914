package io.activityplatform.agent.state;

import io.activityplatform.agent.protocol.AgentMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the agent must not lose across a restart, as written to {@code state.json}: its identity, the
 * sequence bookkeeping of both directions, unacknowledged messages and the operations it has seen.
 *
 * @param nextExpectedSequence every server message below it was processed
 * @param nextMessageSequence  the sequence the agent's next own message gets
 */
public record StateSnapshot(String serverUrl, String accountId, String computerId, String secretId,
        String exchangeToken, long nextExpectedSequence, long nextMessageSequence, List<AgentMessage> outbox,
        Map<UUID, OperationRecord> operations) {

    public StateSnapshot {
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
        operations = operations == null ? Map.of() : new LinkedHashMap<>(operations);
        nextExpectedSequence = Math.max(1, nextExpectedSequence);
        nextMessageSequence = Math.max(1, nextMessageSequence);
    }

    /** The state right after registration. */
    public static StateSnapshot registered(String serverUrl, String accountId, String computerId, String secretId,
            String exchangeToken) {
        return new StateSnapshot(serverUrl, accountId, computerId, secretId, exchangeToken, 1, 1, List.of(),
                Map.of());
    }
}
