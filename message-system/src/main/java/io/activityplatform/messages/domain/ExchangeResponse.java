package io.activityplatform.messages.domain;

import java.time.Duration;
import java.util.List;

/**
 * The answer to one exchange.
 *
 * @param nextExpectedSequence the agent's messages below this sequence are processed: drop them
 * @param messages             unacknowledged server messages, in sequence order
 * @param nextExchangeToken    present it in the next exchange
 * @param pending              the computer awaits an operator's acceptance and gets no activities yet
 */
public record ExchangeResponse(String computerId, long nextExpectedSequence, List<ServerMessage> messages,
        List<MessageOutcome> outcomes, String nextExchangeToken, Duration exchangeInterval, Duration pingInterval,
        boolean pending) {
}
