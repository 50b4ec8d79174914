package io.activityplatform.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.activityplatform.events.codec.EventSchemas;
import io.activityplatform.events.codec.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The AsyncAPI 3 document names both topics, their keys, every event kind, and the headers really sent. */
class AsyncApiDocumentTest {

    private static final JsonNode DOC = read();

    @Test
    void isAnAsyncApi3DocumentWithBothTopics() {
        assertThat(DOC.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(DOC.path("channels").path("activityEvents").path("address").asString())
                .isEqualTo(Topics.ACTIVITY_EVENTS);
        assertThat(DOC.path("channels").path("computerEvents").path("address").asString())
                .isEqualTo(Topics.COMPUTER_EVENTS);
    }

    @Test
    void everyEventKindIsAMessageOfItsTopicWithItsSchemaAndKey() {
        List<String> named = new ArrayList<>();
        for (JsonNode message : DOC.path("components").path("messages")) {
            String type = message.path("name").asString();
            named.add(type);
            assertThat(message.path("payload").path("schemaFormat").asString())
                    .isEqualTo("application/schema+json;version=draft-2020-12");
            assertThat(message.path("payload").path("schema").path("$ref").asString())
                    .isEqualTo("./" + EventSchemas.fileName(type));
            boolean activity = type.startsWith("activity.");
            assertThat(message.path("bindings").path("kafka").path("key").path("$ref").asString())
                    .isEqualTo(activity ? "#/components/schemas/ActivityKey" : "#/components/schemas/ComputerKey");
            String channel = activity ? "activityEvents" : "computerEvents";
            assertThat(channelMessageRefs(channel)).contains(refOf(message));
        }
        assertThat(named).containsExactlyInAnyOrderElementsOf(EventSchemas.EVENT_TYPES);
    }

    @Test
    void theHeadersTheCodecSendsMatchTheHeaderSchema() {
        com.networknt.schema.Schema headerSchema = Schemas.inline(
                DOC.path("components").path("schemas").path("CloudEventHeaders"));
        for (Object event : ContractSamples.full()) {
            Wire wire = Wire.of(event);
            assertThat(headerSchema.validate(Schemas.JSON.writeValueAsString(asText(wire.headers())), InputFormat.JSON))
                    .as(wire.eventType()).isEmpty();
        }
    }

    @Test
    void theHeaderSchemaRejectsAMissingDataSchema() {
        com.networknt.schema.Schema headerSchema = Schemas.inline(
                DOC.path("components").path("schemas").path("CloudEventHeaders"));
        ObjectNode headers = asText(Wire.of(ContractSamples.full().get(0)).headers());
        headers.remove("ce_dataschema");
        assertThat(headerSchema.validate(Schemas.JSON.writeValueAsString(headers), InputFormat.JSON)).isNotEmpty();
    }

    private static List<String> channelMessageRefs(String channel) {
        List<String> refs = new ArrayList<>();
        DOC.path("channels").path(channel).path("messages").forEach(m -> refs.add(m.path("$ref").asString()));
        return refs;
    }

    private static String refOf(JsonNode message) {
        for (Map.Entry<String, JsonNode> entry : DOC.path("components").path("messages").properties()) {
            if (entry.getValue() == message) {
                return "#/components/messages/" + entry.getKey();
            }
        }
        throw new AssertionError("message not found");
    }

    private static ObjectNode asText(Map<String, byte[]> headers) {
        ObjectNode node = Schemas.JSON.createObjectNode();
        headers.forEach((k, v) -> node.put(k, new String(v, StandardCharsets.UTF_8)));
        return node;
    }

    private static JsonNode read() {
        try (InputStream in = EventSchemas.open(EventSchemas.ASYNCAPI).orElseThrow()) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
