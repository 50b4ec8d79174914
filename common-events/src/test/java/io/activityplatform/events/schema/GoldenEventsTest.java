package io.activityplatform.events.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.EventSchemas;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The golden samples in {@code src/test/resources/golden-events/v1} are what version 1 looks like on the
 * wire. They must stay valid against the schemas and readable by the codec: a change that breaks either
 * breaks existing consumers or the log already written.
 */
class GoldenEventsTest {

    static final java.util.List<String> TYPES = EventSchemas.EVENT_TYPES;

    @ParameterizedTest
    @FieldSource("TYPES")
    void goldenSampleValidatesAgainstItsSchema(String eventType) throws IOException {
        byte[] golden = golden(eventType);
        assertThat(Schemas.validate(eventType, golden)).isEmpty();
        assertThat(Schemas.JSON.readTree(golden).path("eventType").asString()).isEqualTo(eventType);
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void goldenSampleDecodesAndSurvivesARoundTripThroughTheCodec(String eventType) throws IOException {
        byte[] golden = golden(eventType);
        if (eventType.startsWith("computer.")) {
            ComputerEvent event = decoded(EventCodec.decodeComputerEvent(golden));
            assertThat(EventCodec.typeName(event)).isEqualTo(eventType);
            assertThat(decoded(EventCodec.decodeComputerEvent(EventCodec.encode(event)))).isEqualTo(event);
            assertThat(Schemas.validate(eventType, EventCodec.encode(event))).isEmpty();
        } else {
            ActivityEvent event = decoded(EventCodec.decodeActivityEvent(golden));
            assertThat(event.eventType()).isEqualTo(eventType);
            assertThat(decoded(EventCodec.decodeActivityEvent(EventCodec.encode(event)))).isEqualTo(event);
            assertThat(Schemas.validate(eventType, EventCodec.encode(event))).isEmpty();
        }
    }

    private static <T> T decoded(Decoded<T> decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Event.class);
        return ((Decoded.Event<T>) decoded).event();
    }

    static byte[] golden(String eventType) throws IOException {
        try (InputStream in = GoldenEventsTest.class.getClassLoader()
                .getResourceAsStream("golden-events/v1/" + eventType + ".json")) {
            assertThat(in).as("golden sample for " + eventType).isNotNull();
            return in.readAllBytes();
        }
    }
}
