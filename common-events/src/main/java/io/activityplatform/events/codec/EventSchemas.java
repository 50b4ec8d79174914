package io.activityplatform.events.codec;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Where the machine-readable contract lives: one JSON Schema (draft 2020-12) per event kind, shared
 * definitions in {@code common.json}, and an AsyncAPI 3 document for both topics, all on this library's
 * classpath under {@link #RESOURCE_DIR}. The schema URI of each kind travels in every record's
 * {@code ce_dataschema} header; activity-api serves the same files at {@code /schemas/events/v1/}.
 */
public final class EventSchemas {

    /** Base of every schema {@code $id}; an identifier, also the path activity-api serves them under. */
    public static final String BASE_URI = "https://activityplatform.io/schemas/events/v"
            + EventCodec.SCHEMA_VERSION + "/";
    /** Classpath folder of the schema files. */
    public static final String RESOURCE_DIR = "schemas/events/v" + EventCodec.SCHEMA_VERSION + "/";
    /** The AsyncAPI 3 document describing both topics. */
    public static final String ASYNCAPI = "asyncapi.yaml";
    /** The shared definitions every event schema refers to. */
    public static final String COMMON = "common.json";

    /** Every event kind that has a schema, by its {@code eventType} name. */
    public static final List<String> EVENT_TYPES = List.of(
            "activity.created", "activity.status-changed", "activity.progress-reported",
            "activity.result-recorded", "activity.archived",
            "computer.registered", "computer.accepted", "computer.removed");

    private EventSchemas() {
    }

    /** The schema URI of an event kind, e.g. {@code .../v1/activity.created.json}: the {@code ce_dataschema}. */
    public static String uri(String eventType) {
        return BASE_URI + fileName(eventType);
    }

    /** The file name of an event kind's schema. */
    public static String fileName(String eventType) {
        return eventType + ".json";
    }

    /** The published files: one schema per kind, the shared definitions and the AsyncAPI document. */
    public static List<String> files() {
        List<String> files = new java.util.ArrayList<>(EVENT_TYPES.stream().map(EventSchemas::fileName).toList());
        files.add(COMMON);
        files.add(ASYNCAPI);
        return List.copyOf(files);
    }

    /** Opens a published file by name; empty for any name that is not one of {@link #files()}. */
    public static Optional<InputStream> open(String fileName) {
        if (!files().contains(fileName)) {
            return Optional.empty();
        }
        return Optional.ofNullable(EventSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + fileName));
    }
}
