package io.activityplatform.agent.protocol;

import java.util.List;

/** {@code POST /agent/exchange}: acknowledgement of server messages plus the agent's unacknowledged messages. */
public record ExchangeRequest(String secretId, String exchangeToken, long nextExpectedSequence,
        List<AgentMessage> messages) {
}
