package io.activityplatform.messages.rest.dto;

/** Whether the agent should exchange now. */
public record PingResponse(boolean messages) {
}
