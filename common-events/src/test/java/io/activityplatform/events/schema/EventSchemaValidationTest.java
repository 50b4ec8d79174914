package io.activityplatform.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.EventSchemas;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Events written by the real codec conform to the published JSON Schemas, and the schemas do reject. */
class EventSchemaValidationTest {

    static Stream<Object> events() {
        return Stream.concat(ContractSamples.full().stream(), ContractSamples.minimal().stream());
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEncodedEventValidatesAgainstTheSchemaItsHeaderNames(Object event) {
        Wire wire = Wire.of(event);
        String dataSchema = new String(wire.headers().get(CloudEventHeaders.DATA_SCHEMA), StandardCharsets.UTF_8);

        assertThat(dataSchema).isEqualTo(EventSchemas.uri(wire.eventType()));
        List<Error> errors = Schemas.forUri(dataSchema)
                .validate(new String(wire.value(), StandardCharsets.UTF_8), com.networknt.schema.InputFormat.JSON);
        assertThat(errors).as(new String(wire.value(), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void everyEventKindHasASchemaWhoseIdIsItsDataSchemaUri() {
        for (String type : EventSchemas.EVENT_TYPES) {
            assertThat(Schemas.file(EventSchemas.fileName(type)).path("$id").asString())
                    .isEqualTo(EventSchemas.uri(type));
            assertThat(Schemas.file(EventSchemas.fileName(type)).path("properties").path("eventType")
                    .path("const").asString()).isEqualTo(type);
        }
        assertThat(ContractSamples.full().stream().map(e -> Wire.of(e).eventType()))
                .containsExactlyInAnyOrderElementsOf(EventSchemas.EVENT_TYPES);
    }

    @Test
    void missingRequiredFieldIsRejected() {
        assertThat(errorsAfter("activity.status-changed", n -> n.remove("to"))).isNotEmpty();
        assertThat(errorsAfter("activity.created", n -> n.remove("eventId"))).isNotEmpty();
    }

    @Test
    void textWithNulCharacterIsRejected() {
        assertThat(errorsAfter("activity.status-changed", n -> n.put("reason", "bad\u0000reason"))).isNotEmpty();
        assertThat(errorsAfter("activity.progress-reported", n -> n.put("output", "ok\u0000"))).isNotEmpty();
    }

    @Test
    void outOfRangeOrMistypedNumbersAreRejected() {
        assertThat(errorsAfter("activity.progress-reported", n -> n.put("percent", 101))).isNotEmpty();
        assertThat(errorsAfter("activity.progress-reported", n -> n.put("percent", 1.5))).isNotEmpty();
        assertThat(errorsAfter("activity.progress-reported", n -> n.put("sequence", "3"))).isNotEmpty();
        assertThat(errorsAfter("activity.created", n -> n.put("schemaVersion", 2))).isNotEmpty();
    }

    @Test
    void malformedIdsAndTimesAndStatusesAreRejected() {
        assertThat(errorsAfter("activity.archived", n -> n.put("activityId", "not-a-uuid"))).isNotEmpty();
        assertThat(errorsAfter("activity.archived", n -> n.put("occurredAt", "yesterday"))).isNotEmpty();
        assertThat(errorsAfter("activity.status-changed", n -> n.put("to", "DONE"))).isNotEmpty();
        assertThat(errorsAfter("computer.accepted", n -> n.put("computerId", ""))).isNotEmpty();
        assertThat(errorsAfter("computer.accepted", n -> n.put("computerId", "x".repeat(256)))).isNotEmpty();
    }

    @Test
    void oversizedArtifactIsRejected() {
        assertThat(errorsAfter("activity.status-changed", n -> ((ObjectNode) n.path("result").path("artifacts").get(0))
                .put("content", "x".repeat(512 * 1024 + 1)))).isNotEmpty();
    }

    @Test
    void unknownFieldsAreAllowedSoTheFormatCanGrow() {
        assertThat(errorsAfter("activity.created", n -> n.put("somethingNew", true))).isEmpty();
    }

    @Test
    void anEventIsRejectedByAnotherKindsSchema() {
        Wire created = Wire.of(ContractSamples.full().get(0));
        assertThat(Schemas.validate("activity.status-changed", created.value())).isNotEmpty();
    }

    /** A full sample of the kind, changed by {@code edit}, validated against the kind's schema. */
    private static List<Error> errorsAfter(String eventType, java.util.function.Consumer<ObjectNode> edit) {
        Wire wire = ContractSamples.full().stream().map(Wire::of)
                .filter(w -> w.eventType().equals(eventType)).findFirst().orElseThrow();
        ObjectNode node = (ObjectNode) Schemas.JSON.readTree(wire.value());
        edit.accept(node);
        return Schemas.validate(eventType, Schemas.JSON.writeValueAsBytes(node));
    }
}
