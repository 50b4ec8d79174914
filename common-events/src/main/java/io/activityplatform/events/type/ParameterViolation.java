package io.activityplatform.events.type;

import java.util.Objects;

/**
 * One problem with a parameter map.
 *
 * @param field   the path of the offending value, e.g. {@code parameters.code}, {@code parameters.install[2]},
 *                {@code parameters.snaps[0].name}; {@code parameters} itself for rules spanning several fields
 * @param message what is wrong, for humans (REST problem details, logs); not meant to be parsed
 */
public record ParameterViolation(String field, String message) {

    public ParameterViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
