package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EventCodec#encode} checks the tree it writes instead of decoding its own bytes again (issue 11). Its
 * verdict must stay the full decode's: for legal events of every kind and for each way an event can break the
 * contract, encode refuses exactly when a reader would find the written record malformed, for the same reason.
 */
class EncodeVerdictTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final UUID ID = UUID.fromString("0b9c5f8e-2a6c-4a53-9c1e-6a1b3f1d2e01");

    static Stream<Object> events() {
        List<Object> events = new ArrayList<>(EventCodecTest.oneOfEachKind().toList());
        events.add(created(Map.of("code", "echo \u0000")));                 // illegal text in parameters
        events.add(created(Map.of("n", new BigInteger("99999999999999999999")))); // beyond 64 bits
        events.add(created(Map.of("s", "\uD800 alone")));                    // a lone surrogate
        events.add(created(nested(40)));                                     // nested too deep
        events.add(created(Map.of("long", "x".repeat(LegalValues.MAX_TEXT_CHARS + 1))));
        events.add(new StatusChanged(UUID.randomUUID(), ID, AT, Actor.user("bob"), "activity-api", null,
                ActivityStatus.CANCELED, null, "why\u0000", null, null));
        events.add(new StatusChanged(UUID.randomUUID(), ID, Instant.parse("+10000-01-01T00:00:00Z"),
                Actor.user("bob"), "activity-api", null, ActivityStatus.CANCELED, null, null, null, null));
        events.add(new StatusChanged(UUID.randomUUID(), ID, AT, Actor.user("bob"), "activity-api", null,
                ActivityStatus.SUCCEEDED, null, null, new ActivityResult(0, "big", List.of(
                        new ActivityResult.Artifact("a.txt", "text/plain",
                                "x".repeat(ActivityResult.MAX_ARTIFACT_CHARS + 1)))), null));
        events.add(new ProgressReported(UUID.randomUUID(), ID, AT, Actor.agent("c".repeat(300)), "message-system",
                10, "out", 1, false));
        events.add(new ComputerEvent.Registered(UUID.randomUUID(), "c-1", AT, Actor.agent("c-1"), "message-system",
                "acme", "web\u0000", "web-1", List.of("a"), false));
        events.add(new ComputerEvent.Registered(UUID.randomUUID(), "c-1", AT, Actor.agent("c-1"), "message-system",
                "acme", "web", "web-1", List.of("a"), false));
        return events.stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void encodeRefusesExactlyWhatAReaderWouldFindMalformed(Object event) {
        assertThat(encodeVerdict(event)).isEqualTo(decodeVerdict(event));
    }

    /**
     * The one difference, stricter: Jackson writes a NaN parameter as the string "NaN", which a reader takes for
     * a string, so the event would not read back as written. The tree check refuses it (a JSON request cannot
     * carry NaN, so only a Java producer could try).
     */
    @org.junit.jupiter.api.Test
    void aNonFiniteNumberIsRefusedRatherThanWrittenAsAString() {
        ActivityCreated nan = created(Map.of("x", Double.NaN));
        assertThat(decodeVerdict(nan)).isNull();
        assertThat(new String(EventCodec.writeUnchecked(nan), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"x\":\"NaN\"");
        assertThat(encodeVerdict(nan)).endsWith("definition.parameters.x: number outside the double range");
    }

    /** The differential is sensitive: the samples include events a reader refuses, for their value rules. */
    @org.junit.jupiter.api.Test
    void theSamplesIncludeRefusedEventsOfEveryRule() {
        assertThat(events().map(EncodeVerdictTest::decodeVerdict).filter(v -> v != null).count()).isGreaterThan(9);
    }

    private static String encodeVerdict(Object event) {
        try {
            if (event instanceof ComputerEvent computer) {
                EventCodec.encode(computer);
            } else {
                EventCodec.encode((io.activityplatform.events.event.ActivityEvent) event);
            }
            return null;
        } catch (IllegalEventException e) {
            return e.getMessage();
        }
    }

    private static String decodeVerdict(Object event) {
        byte[] written = EventCodec.writeUnchecked(event);
        Decoded<?> decoded = event instanceof ComputerEvent ? EventCodec.decodeComputerEvent(written)
                : EventCodec.decodeActivityEvent(written);
        return decoded instanceof Decoded.Malformed<?> bad ? "event breaks the contract: " + bad.reason() : null;
    }

    private static ActivityCreated created(Map<String, Object> parameters) {
        return new ActivityCreated(UUID.randomUUID(), ID, AT, Actor.user("alice"), "activity-api",
                ActivityDefinition.of("ExecuteScriptRequest", "computer-7", parameters, "acme"), ActivityStatus.QUEUED);
    }

    private static Map<String, Object> nested(int depth) {
        Map<String, Object> inner = Map.of("leaf", 1);
        for (int i = 0; i < depth; i++) {
            inner = Map.of("n", inner);
        }
        return inner;
    }
}
