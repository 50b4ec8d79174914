package io.activityplatform.agent.protocol;

/** Whether messages wait for this computer. */
public record PingResponse(boolean messages) {
}
