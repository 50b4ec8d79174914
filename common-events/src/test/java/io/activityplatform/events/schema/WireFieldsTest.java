package io.activityplatform.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the codec actually writes for a fully populated event has exactly the schema's properties: catches
 * fields Jackson adds or drops beside the record components (a getter, an ignore annotation).
 */
class WireFieldsTest {

    @Test
    void aFullyPopulatedEventWritesExactlyTheSchemaProperties() {
        for (Object event : ContractSamples.full()) {
            Wire wire = Wire.of(event);
            JsonNode written = Schemas.JSON.readTree(wire.value());
            JsonNode schema = Schemas.file(io.activityplatform.events.codec.EventSchemas.fileName(wire.eventType()));
            assertThat(names(written)).as(wire.eventType()).isEqualTo(names(schema.path("properties")));
        }
    }

    @Test
    void nestedValuesWriteExactlyTheirDefinitionProperties() {
        JsonNode common = Schemas.file("common.json").path("$defs");
        JsonNode created = Schemas.JSON.readTree(Wire.of(ContractSamples.full().get(0)).value());
        JsonNode changed = Schemas.JSON.readTree(Wire.of(ContractSamples.full().get(1)).value());
        assertThat(names(created.path("definition"))).isEqualTo(names(common.path("activityDefinition").path("properties")));
        assertThat(names(created.path("definition").path("waitFor")))
                .isEqualTo(names(common.path("waitCondition").path("properties")));
        assertThat(names(created.path("definition").path("retry")))
                .isEqualTo(names(common.path("retryPolicy").path("properties")));
        assertThat(names(created.path("actor"))).isEqualTo(names(common.path("actor").path("properties")));
        assertThat(names(changed.path("result"))).isEqualTo(names(common.path("activityResult").path("properties")));
        assertThat(names(changed.path("result").path("artifacts").get(0)))
                .isEqualTo(names(common.path("artifact").path("properties")));
        assertThat(names(changed.path("error"))).isEqualTo(names(common.path("activityError").path("properties")));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.propertyNames().forEach(names::add);
        assertThat(names).as("an object with fields").isNotEmpty();
        return names;
    }
}
