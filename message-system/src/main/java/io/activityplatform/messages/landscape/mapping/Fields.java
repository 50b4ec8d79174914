package io.activityplatform.messages.landscape.mapping;

import io.activityplatform.messages.landscape.bpickle.Bytes;
import java.util.Map;

/**
 * Lenient reads of one field of a decoded message: the client sends some texts as bytes depending on the
 * path (vm-info, process states), so text accepts both; a value of another type reads as absent.
 */
public final class Fields {

    private Fields() {
    }

    public static String text(Map<?, ?> message, String key) {
        Object value = message.get(key);
        if (value instanceof String s) {
            return s;
        }
        return value instanceof Bytes b ? b.text() : null;
    }

    /** The text cut to {@code max} characters; null stays null, blank becomes null. */
    public static String text(Map<?, ?> message, String key, int max) {
        String value = text(message, key);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }

    public static Long integer(Map<?, ?> message, String key) {
        return message.get(key) instanceof Long l ? l : null;
    }
}
