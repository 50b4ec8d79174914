package io.activityplatform.agent.protocol;

import java.util.List;

/** The server's answer to an exchange. */
public record ExchangeResponse(String computerId, long nextExpectedSequence, List<ServerMessage> messages,
        List<Outcome> outcomes, String nextExchangeToken, long exchangeIntervalSeconds, long pingIntervalSeconds,
        boolean pending) {

    public ExchangeResponse {
        messages = messages == null ? List.of() : messages;
        outcomes = outcomes == null ? List.of() : outcomes;
    }
}
