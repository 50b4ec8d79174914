package io.activityplatform.messages.domain;

import java.util.List;

/**
 * One exchange as the core sees it.
 *
 * @param secretId             authenticates the agent
 * @param exchangeToken        the token the previous response issued (clone detection)
 * @param nextExpectedSequence the agent has processed every server message below this sequence
 */
public record ExchangeRequest(String secretId, String exchangeToken, long nextExpectedSequence,
        List<AgentMessage> messages) {

    /** Never the secrets: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "ExchangeRequest[nextExpectedSequence=" + nextExpectedSequence + ", secrets=<redacted>]";
    }


    public ExchangeRequest {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
