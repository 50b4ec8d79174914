package io.activityplatform.messages.landscape.mapping;

import io.activityplatform.messages.landscape.bpickle.BpickleException;
import io.activityplatform.messages.landscape.bpickle.BpickleLimits;
import io.activityplatform.messages.landscape.bpickle.BpickleReader;
import io.activityplatform.messages.landscape.bpickle.Bytes;
import io.activityplatform.service.rest.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client's exchange body → {@link LandscapeRequest}. Anything malformed is a 400 problem naming the
 * field ({@code body}, {@code messages[3].type}, ...), so a broken client never causes a 5xx.
 */
public final class RequestParser {

    /** The client's own list has 40 types; more than this is not a client. */
    static final int MAX_TYPES = 500;
    static final int MAX_TYPE_CHARS = 100;
    public static final int MAX_MESSAGES = 10_000;

    private RequestParser() {
    }

    public static LandscapeRequest parse(byte[] body) {
        Object decoded;
        try {
            decoded = BpickleReader.read(body, BpickleLimits.EXCHANGE);
        } catch (BpickleException e) {
            throw ProblemException.invalid("body", "not a readable bpickle payload: " + e.getMessage());
        }
        if (!(decoded instanceof Map<?, ?> payload)) {
            throw ProblemException.invalid("body", "must be a bpickle dict");
        }
        return new LandscapeRequest(optionalInteger(payload, "sequence"),
                optionalInteger(payload, "next-expected-sequence"), optionalBytes(payload, "accepted-types"),
                types(payload.get("client-accepted-types")), messages(payload.get("messages")));
    }

    private static Long optionalInteger(Map<?, ?> payload, String field) {
        Object value = payload.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Long l) || l < 0) {
            throw ProblemException.invalid(field, "must be a non-negative integer");
        }
        return l;
    }

    private static Bytes optionalBytes(Map<?, ?> payload, String field) {
        Object value = payload.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Bytes b)) {
            throw ProblemException.invalid(field, "must be a byte string (an md5 digest)");
        }
        return b;
    }

    private static List<String> types(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list) || list.size() > MAX_TYPES) {
            throw ProblemException.invalid("client-accepted-types", "must be a list of at most " + MAX_TYPES
                    + " type names");
        }
        List<String> types = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object type = list.get(i) instanceof Bytes b ? b.text() : list.get(i);
            if (!(type instanceof String s) || s.isBlank() || s.length() > MAX_TYPE_CHARS || s.contains(";")) {
                throw ProblemException.invalid("client-accepted-types[" + i + "]",
                        "must be a type name of at most " + MAX_TYPE_CHARS + " characters");
            }
            types.add(s);
        }
        return types;
    }

    private static List<Map<Object, Object>> messages(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > MAX_MESSAGES) {
            throw ProblemException.invalid("messages", "must be a list of at most " + MAX_MESSAGES + " messages");
        }
        List<Map<Object, Object>> messages = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> message)) {
                throw ProblemException.invalid("messages[" + i + "]", "must be a dict");
            }
            if (Fields.text(message, "type") == null) {
                throw ProblemException.invalid("messages[" + i + "].type", "required: the message type as text");
            }
            @SuppressWarnings("unchecked")
            Map<Object, Object> typed = (Map<Object, Object>) message;
            messages.add(typed);
        }
        return messages;
    }
}
