package io.activityplatform.events.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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

/**
 * JSON form of the events: what goes on the wire, and the public contract for any Kafka consumer.
 *
 * <p>Writing adds {@code schemaVersion}. Reading ignores unknown fields (so producers can add fields
 * without breaking consumers) and turns anything it cannot read into {@link Decoded.Malformed} instead of
 * throwing, so one bad record never stops a consumer. A record with a newer major {@code schemaVersion}
 * is malformed for this reader, identically in every service.
 */
public final class EventCodec {

    /** The schema version this library writes and the highest it reads. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventCodec() {
    }

    /** The mapper configured for the event contract; shared so services encode nested values alike. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] encode(ActivityEvent event) {
        return write(event);
    }

    public static byte[] encode(ComputerEvent event) {
        return write(event);
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

    private static byte[] write(Object event) {
        ObjectNode node = MAPPER.valueToTree(event);
        node.put("schemaVersion", SCHEMA_VERSION);
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Decoded<T> read(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            return new Decoded.Malformed<>("empty record value");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject()) {
                return new Decoded.Malformed<>("record value is not a JSON object");
            }
            JsonNode version = node.get("schemaVersion");
            if (version == null || !version.canConvertToInt()) {
                return new Decoded.Malformed<>("missing or non-numeric schemaVersion");
            }
            if (version.intValue() < 1 || version.intValue() > SCHEMA_VERSION) {
                return new Decoded.Malformed<>("unsupported schemaVersion " + version.intValue());
            }
            T event = MAPPER.treeToValue(node, type);
            String missing = EventChecks.missingRequiredField(event);
            return missing == null ? new Decoded.Event<>(event)
                    : new Decoded.Malformed<>("missing required field " + missing);
        } catch (IOException | IllegalArgumentException e) {
            return new Decoded.Malformed<>("unreadable JSON: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
