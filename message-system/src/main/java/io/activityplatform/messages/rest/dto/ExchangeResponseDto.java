package io.activityplatform.messages.rest.dto;

import java.util.List;

/**
 * The exchange answer. {@code nextExpectedSequence}: the agent's messages below it were processed, drop
 * them. {@code messages}: every unacknowledged server message. Present {@code nextExchangeToken} next time.
 */
public record ExchangeResponseDto(String computerId, long nextExpectedSequence, List<ServerMessageDto> messages,
        List<OutcomeDto> outcomes, String nextExchangeToken, long exchangeIntervalSeconds, long pingIntervalSeconds,
        boolean pending) {
}
