package io.activityplatform.messages.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /agent/exchange}. {@code nextExpectedSequence}: every server message below it was processed
 * (1 before the first). {@code messages}: the agent's unacknowledged messages, each with its own sequence.
 */
public record ExchangeRequestDto(
        @NotBlank String secretId,
        String exchangeToken,
        @Min(1) long nextExpectedSequence,
        @Size(max = 1000) List<@Valid AgentMessageDto> messages) {

    /** Never the secrets: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "ExchangeRequestDto[nextExpectedSequence=" + nextExpectedSequence + ", messages=" + (messages == null ? 0 : messages.size()) + ", secrets=<redacted>]";
    }

}
