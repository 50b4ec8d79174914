package io.activityplatform.messages.domain;

import java.util.UUID;

/**
 * What the server did with one agent message. An IGNORED message is still acknowledged (re-sending it would
 * not help); its reason says why it changed nothing.
 */
public record MessageOutcome(long sequence, UUID operationId, Outcome outcome, String reason) {

    public enum Outcome { ACCEPTED, IGNORED }

    public static MessageOutcome accepted(AgentMessage message, String reason) {
        return new MessageOutcome(message.sequence(), message.operationId(), Outcome.ACCEPTED, reason);
    }

    public static MessageOutcome ignored(AgentMessage message, String reason) {
        return new MessageOutcome(message.sequence(), message.operationId(), Outcome.IGNORED, reason);
    }
}
