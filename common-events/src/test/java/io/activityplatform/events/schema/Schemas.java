package io.activityplatform.events.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.activityplatform.events.codec.EventSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schemas, loaded from the classpath by their {@code $id} through a standard draft 2020-12
 * validator, exactly as an outside consumer would resolve them from {@code ce_dataschema}.
 */
final class Schemas {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                    EventSchemas.BASE_URI, "classpath:" + EventSchemas.RESOURCE_DIR)));

    private Schemas() {
    }

    /** The schema of one event kind, resolved from its URI (the ce_dataschema value). */
    static Schema forUri(String uri) {
        return REGISTRY.getSchema(SchemaLocation.of(uri));
    }

    static Schema forType(String eventType) {
        return forUri(EventSchemas.uri(eventType));
    }

    /** A schema given inline, e.g. one embedded in the AsyncAPI document. */
    static Schema inline(JsonNode schema) {
        return REGISTRY.getSchema(schema);
    }

    static List<Error> validate(String eventType, byte[] json) {
        return forType(eventType).validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON);
    }

    /** A published file as a tree. */
    static JsonNode file(String fileName) {
        try (InputStream in = EventSchemas.open(fileName).orElseThrow(
                () -> new AssertionError("not published: " + fileName))) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
