package io.activityplatform.service.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The client's words for a JSON mapping error: the JSON type the field expects ("a string", "an array"), never
 * Jackson's text, which names Java classes ({@code CreateActivityRequest}, {@code WaitCondition$Until},
 * {@code DateTimeParseException}) and so leaks the implementation.
 */
public final class JsonErrors {

    /** A qualified Java class name, or a simple one with a nested part, as Jackson writes them. */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "`?\\(?\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\)?`?|\\b[A-Z][A-Za-z0-9_]*\\$[A-Za-z0-9_$]+\\b");

    private JsonErrors() {
    }

    public static String messageOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null ? "missing type" : "unknown type '" + typeId.getTypeId() + "'";
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getCause() != null
                && instantiation.getCause().getMessage() != null) {
            return withoutJavaNames(firstLine(instantiation.getCause().getMessage()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + jsonTypeOf(mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException) {
            return "invalid value";
        }
        String message = e.getOriginalMessage();
        return message == null ? "unreadable JSON" : withoutJavaNames(firstLine(message));
    }

    /** The JSON a client must send for a Java type. */
    public static String jsonTypeOf(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time string, e.g. 2026-01-31T12:00:00Z";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.time.Duration.class == type) {
            return "an ISO-8601 duration string, e.g. PT30S";
        }
        return Map.class.isAssignableFrom(type) ? "an object" : "an object";
    }

    static String firstLine(String message) {
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }

    /** Last line of defence: whatever text reaches a client carries no Java class name. */
    public static String withoutJavaNames(String message) {
        return message == null ? null : JAVA_NAME.matcher(message).replaceAll("value").trim();
    }
}
