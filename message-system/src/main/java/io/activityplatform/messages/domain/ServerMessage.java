package io.activityplatform.messages.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A message to an agent, numbered per computer. Re-sent in every exchange until the agent's
 * {@code nextExpectedSequence} passes it; the agent de-duplicates by operation id.
 *
 * @param activityType   for EXECUTE: the activity type's wire name
 * @param timeoutSeconds for EXECUTE: the execution time limit, when the activity has one
 * @param reason         for CANCEL: why the operation should stop
 */
public record ServerMessage(long sequence, Kind kind, UUID operationId, String activityType,
        Map<String, Object> parameters, Integer timeoutSeconds, String reason) {

    public enum Kind { EXECUTE, CANCEL }

    public static ServerMessage execute(UUID operationId, String type, Map<String, Object> parameters,
            Integer timeoutSeconds) {
        return new ServerMessage(0, Kind.EXECUTE, operationId, type, parameters, timeoutSeconds, null);
    }

    public static ServerMessage cancel(UUID operationId, String reason) {
        return new ServerMessage(0, Kind.CANCEL, operationId, null, null, null, reason);
    }

    public ServerMessage withSequence(long newSequence) {
        return new ServerMessage(newSequence, kind, operationId, activityType, parameters, timeoutSeconds, reason);
    }
}
