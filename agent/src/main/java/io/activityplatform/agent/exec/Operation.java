package io.activityplatform.agent.exec;

import java.util.Map;
import java.util.UUID;

/** An execute message as executors see it. {@code timeoutSeconds}: the activity's limit, when it has one. */
public record Operation(UUID id, String type, Map<String, Object> parameters, Integer timeoutSeconds) {

    public Operation {
        parameters = parameters == null ? Map.of() : parameters;
    }

    public String string(String name) {
        Object value = parameters.get(name);
        return value == null ? null : value.toString();
    }

    public Integer integer(String name) {
        Object value = parameters.get(name);
        if (value instanceof Number n) {
            return n.intValue();
        }
        return value == null ? null : Integer.valueOf(value.toString());
    }
}
