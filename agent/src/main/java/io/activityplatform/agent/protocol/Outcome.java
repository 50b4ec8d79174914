package io.activityplatform.agent.protocol;

import java.util.UUID;

/** What the server did with one of the agent's messages: ACCEPTED, or IGNORED with a reason. */
public record Outcome(long sequence, UUID operationId, String outcome, String reason) {
}
