package io.activityplatform.events.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * JSON form of the events: what goes on the wire, and the public contract for any Kafka consumer.
 *
 * <p>Writing adds {@code schemaVersion}. Reading ignores unknown fields (so producers can add fields
 * without breaking consumers) and turns anything it cannot read into {@link Decoded.Malformed} instead of
 * throwing, so one bad record never stops a consumer. A record with a newer major {@code schemaVersion}
 * is malformed for this reader, identically in every service. Reading is strict: the record must satisfy
 * the legal values of {@code docs/events.md} ({@link LegalValues}, {@link LegalText}) and the JSON types it
 * names, with no coercion, so every reader that follows the document reaches the same verdict.
 */
public final class EventCodec {

    /** The schema version this library writes and the highest it reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(InstantJson.readingAndWriting())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /**
     * Reads records exactly as {@code docs/events.md} writes them: no coercion of strings or fractions to
     * integers, of numbers to enums, strings or booleans, no null for a number that must be present, no
     * duplicate keys (JSON libraries disagree on which one wins), nothing after the object.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(InstantJson.reading())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    private EventCodec() {
    }

    /** The mapper configured for the event contract; shared so services encode nested values alike. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The record value; throws {@link IllegalEventException} when the contract would reject it on reading. */
    public static byte[] encode(ActivityEvent event) {
        return checked(event);
    }

    /** The record value; throws {@link IllegalEventException} when the contract would reject it on reading. */
    public static byte[] encode(ComputerEvent event) {
        return checked(event);
    }

    /**
     * Applies the reader's rules to the very tree that is written, instead of writing, re-parsing and mapping
     * it back (issue 11: every publish cost a whole decode). What only the re-read could add is the strict
     * mapping, which a tree written from the event's own class always passes: {@code EncodeVerdictTest} checks
     * that this verdict equals a full decode's for every event kind and for illegal values. One difference,
     * stricter: a NaN parameter, which Jackson would write as the string "NaN", is refused.
     */
    private static byte[] checked(Object event) {
        ObjectNode node = tree(event);
        String reason = contractViolation(node);
        if (reason == null) {
            reason = EventChecks.violation(event);
        }
        if (reason != null) {
            throw new IllegalEventException(reason);
        }
        return bytes(node);
    }

    public static Decoded<ActivityEvent> decodeActivityEvent(byte[] json) {
        return read(json, ActivityEvent.class);
    }

    public static Decoded<ComputerEvent> decodeComputerEvent(byte[] json) {
        return read(json, ComputerEvent.class);
    }

    /** The {@code eventType} name of a computer event, e.g. {@code computer.registered}. */
    public static String typeName(ComputerEvent event) {
        return MAPPER.valueToTree(event).path("eventType").asText();
    }

    private static ObjectNode tree(Object event) {
        ObjectNode node = MAPPER.valueToTree(event);
        node.put("schemaVersion", SCHEMA_VERSION);
        return node;
    }

    private static byte[] bytes(ObjectNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes as written, unchecked: for tests comparing {@link #encode} with a full decode. */
    static byte[] writeUnchecked(Object event) {
        return bytes(tree(event));
    }

    private static <T> Decoded<T> read(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            return new Decoded.Malformed<>("empty record value");
        }
        if (json.length > LegalValues.MAX_RECORD_BYTES) {
            return new Decoded.Malformed<>("record value larger than " + LegalValues.MAX_RECORD_BYTES + " bytes");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(json);
        } catch (IOException | RuntimeException e) {
            return new Decoded.Malformed<>("unreadable JSON: " + reasonOf(e));
        }
        if (node == null || !node.isObject()) {
            return new Decoded.Malformed<>("record value is not a JSON object");
        }
        String reason = contractViolation(node);
        if (reason == null) {
            try {
                T event = STRICT.treeToValue(node, type);
                reason = EventChecks.violation(event);
                if (reason == null) {
                    return new Decoded.Event<>(event);
                }
            } catch (IOException | RuntimeException e) {
                reason = "unreadable event: " + reasonOf(e);
            }
        }
        return new Decoded.Malformed<>(reason, uuid(node, "activityId"), uuid(node, "eventId"));
    }

    /** What the JSON tree breaks before it is even mapped: the version, then the value rules. */
    private static String contractViolation(JsonNode node) {
        JsonNode version = node.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            return "schemaVersion must be a JSON integer";
        }
        if (version.intValue() < 1 || version.intValue() > SCHEMA_VERSION) {
            return "unsupported schemaVersion " + version.intValue();
        }
        return LegalValues.violation(node);
    }

    /** The UUID in a top-level string field, or null when absent or not a UUID. */
    private static UUID uuid(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().length() != 36) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.textValue());
            return id.toString().equalsIgnoreCase(value.textValue()) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The exception's first line, made legal and short: it ends up in logs, the history and the quarantine. */
    private static String reasonOf(Exception e) {
        String line = firstLine(e.getMessage());
        return LegalText.truncate(LegalText.sanitize(line), 300);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
