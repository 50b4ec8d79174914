package io.activityplatform.agent.protocol;

import java.util.Map;
import java.util.UUID;

/** A message from the server: {@code execute} an operation or {@code cancel} a running one. */
public record ServerMessage(long sequence, String type, UUID operationId, String activityType,
        Map<String, Object> parameters, Integer timeoutSeconds, String reason) {

    public static final String EXECUTE = "execute";
    public static final String CANCEL = "cancel";

    public ServerMessage {
        parameters = parameters == null ? Map.of() : parameters;
    }
}
