package io.activityplatform.events.codec;

import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudEvents Kafka binary-mode header names and values. The JSON body stays the source of truth; the
 * headers let generic CloudEvents tooling route and filter without parsing it.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    /** W3C trace context of the producing span (CloudEvents distributed-tracing extension). */
    public static final String TRACE_PARENT = "ce_traceparent";
    /** W3C trace state that goes with {@link #TRACE_PARENT}, when there is one. */
    public static final String TRACE_STATE = "ce_tracestate";

    /** Prefix of {@code ce_type}, e.g. {@code io.activityplatform.activity.created.v1}. */
    public static final String TYPE_PREFIX = "io.activityplatform.";

    private CloudEventHeaders() {
    }

    /** Header values for an activity event, in a stable order. */
    public static Map<String, byte[]> of(ActivityEvent event) {
        return headers(event.eventId().toString(), event.eventType(), event.source(),
                event.activityId().toString(), InstantText.format(event.occurredAt()));
    }

    /** Header values for a computer event. */
    public static Map<String, byte[]> of(ComputerEvent event) {
        return headers(event.eventId().toString(), EventCodec.typeName(event), event.source(), event.computerId(),
                InstantText.format(event.occurredAt()));
    }

    private static Map<String, byte[]> headers(String id, String type, String source, String subject, String time) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, bytes("1.0"));
        headers.put(ID, bytes(id));
        headers.put(TYPE, bytes(TYPE_PREFIX + type + ".v" + EventCodec.SCHEMA_VERSION));
        headers.put(SOURCE, bytes(source));
        headers.put(SUBJECT, bytes(subject));
        headers.put(TIME, bytes(time));
        headers.put(DATA_SCHEMA, bytes(EventSchemas.uri(type)));
        headers.put(CONTENT_TYPE, bytes("application/json"));
        return headers;
    }

    private static byte[] bytes(String value) {
        return (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
    }
}
