package io.activityplatform.messages.rest.dto;

import java.util.UUID;

/** What became of one agent message: ACCEPTED, or IGNORED with the reason. */
public record OutcomeDto(long sequence, UUID operationId, String outcome, String reason) {
}
