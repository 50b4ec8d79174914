package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.status.ActivityStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final UUID ID = UUID.fromString("0b9c5f8e-2a6c-4a53-9c1e-6a1b3f1d2e01");

    static Stream<ActivityEvent> oneOfEachKind() {
        ActivityDefinition full = new ActivityDefinition("ExecuteScriptRequest", "computer-7", UUID.randomUUID(),
                "nightly cleanup", Map.of("interpreter", "/bin/sh", "code", "echo hi", "timeLimitSeconds", 30),
                AT.plusSeconds(60), AT.plusSeconds(3600), 300,
                new WaitCondition(UUID.randomUUID(), WaitCondition.Until.PROGRESS, 50),
                new RetryPolicy(3, RetryPolicy.Backoff.EXPONENTIAL, 10, 600), 120, 2, UUID.randomUUID(),
                UUID.randomUUID());
        return Stream.of(
                new ActivityCreated(UUID.randomUUID(), ID, AT, Actor.user("alice"), "activity-api", full,
                        ActivityStatus.WAITING),
                new StatusChanged(UUID.randomUUID(), ID, AT, Actor.service("job-handler"), "job-handler",
                        ActivityStatus.IN_PROGRESS, ActivityStatus.FAILED, 3, "handler failed",
                        new ActivityResult(2, "partial", List.of(new ActivityResult.Artifact("r.csv", "text/csv",
                                "a,b\n1,2\n"))), new ActivityError("EXECUTION_FAILED", "disk full")),
                new ProgressReported(UUID.randomUUID(), ID, AT, Actor.agent("computer-7"), "message-system", 42,
                        "line\n", 7, true),
                new ResultRecorded(UUID.randomUUID(), ID, AT, Actor.agent("computer-7"), "message-system",
                        ActivityStatus.SUCCEEDED, ActivityResult.of(0, "done"), null),
                new ActivityArchived(UUID.randomUUID(), ID, AT, Actor.service("job-handler"), "job-handler",
                        "archive-2026-03-01.jsonl.gz"));
    }

    @ParameterizedTest
    @MethodSource("oneOfEachKind")
    void everyEventKindSurvivesARoundTrip(ActivityEvent event) {
        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(EventCodec.encode(event));

        assertThat(decoded).isEqualTo(new Decoded.Event<>(event));
    }

    @ParameterizedTest
    @MethodSource("oneOfEachKind")
    void writesTheSchemaVersionAndTheEventType(ActivityEvent event) throws Exception {
        JsonNode json = EventCodec.mapper().readTree(EventCodec.encode(event));

        assertThat(json.get("schemaVersion").intValue()).isEqualTo(EventCodec.SCHEMA_VERSION);
        assertThat(json.get("eventType").asText()).isEqualTo(event.eventType());
    }

    @Test
    void readsAnEventWithUnknownFieldsFromANewerProducer() {
        String json = """
                {"eventType":"activity.status-changed","schemaVersion":1,"eventId":"%s","activityId":"%s",
                 "occurredAt":"2026-03-01T10:15:30Z","actor":{"kind":"USER","id":"bob","team":"ops"},
                 "source":"activity-api","to":"CANCELED","expectedVersion":2,"priority":"high",
                 "nested":{"anything":[1,2,3]}}""".formatted(UUID.randomUUID(), ID);

        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(json.getBytes(StandardCharsets.UTF_8));

        StatusChanged change = (StatusChanged) ((Decoded.Event<ActivityEvent>) decoded).event();
        assertThat(change.to()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(change.expectedVersion()).isEqualTo(2);
        assertThat(change.actor()).isEqualTo(Actor.user("bob"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "[1,2]",
        "{\"eventType\":\"activity.status-changed\",\"eventId\":\"x\"}",
        "{\"eventType\":\"activity.status-changed\",\"schemaVersion\":2}",
        "{\"eventType\":\"activity.teleported\",\"schemaVersion\":1}",
        "{\"eventType\":\"activity.status-changed\",\"schemaVersion\":1,\"activityId\":\"0b9c5f8e-2a6c-4a53-9c1e-6a1b3f1d2e01\"}",
        "{\"eventType\":\"activity.status-changed\",\"schemaVersion\":1,\"eventId\":\"not-a-uuid\"}",
        "{\"eventType\":\"activity.status-changed\",\"schemaVersion\":1,\"eventId\":\"0b9c5f8e-2a6c-4a53-9c1e-6a1b3f1d2e01\",\"activityId\":\"0b9c5f8e-2a6c-4a53-9c1e-6a1b3f1d2e01\",\"occurredAt\":\"2026-03-01T10:15:30Z\",\"actor\":{\"kind\":\"USER\",\"id\":\"a\"},\"to\":\"EXPLODED\"}"
    })
    void turnsUnreadableRecordsIntoMalformedInsteadOfThrowing(String value) {
        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(value.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isInstanceOf(Decoded.Malformed.class);
        assertThat(((Decoded.Malformed<ActivityEvent>) decoded).reason()).isNotBlank();
    }

    @Test
    void aMissingStatusTargetIsMalformed() {
        String json = """
                {"eventType":"activity.status-changed","schemaVersion":1,"eventId":"%s","activityId":"%s",
                 "occurredAt":"2026-03-01T10:15:30Z","actor":{"kind":"USER","id":"bob"}}"""
                .formatted(UUID.randomUUID(), ID);

        Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(json.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isEqualTo(new Decoded.Malformed<ActivityEvent>("missing required field to", ID,
                ((Decoded.Malformed<ActivityEvent>) decoded).eventId()));
    }

    @Test
    void computerEventsRoundTripToo() {
        ComputerEvent registered = new ComputerEvent.Registered(UUID.randomUUID(), "c-1", AT,
                Actor.agent("c-1"), "message-system", "acme", "web-1", "web-1.acme", List.of("web", "prod"), true);

        assertThat(EventCodec.decodeComputerEvent(EventCodec.encode(registered)))
                .isEqualTo(new Decoded.Event<>(registered));
        assertThat(EventCodec.typeName(registered)).isEqualTo("computer.registered");
    }

    @Test
    void cloudEventHeadersDescribeTheEvent() {
        ActivityEvent event = oneOfEachKind().findFirst().orElseThrow();

        Map<String, byte[]> headers = CloudEventHeaders.of(event);

        assertThat(new String(headers.get(CloudEventHeaders.ID), StandardCharsets.UTF_8))
                .isEqualTo(event.eventId().toString());
        assertThat(new String(headers.get(CloudEventHeaders.TYPE), StandardCharsets.UTF_8))
                .isEqualTo("io.activityplatform.activity.created.v1");
        assertThat(new String(headers.get(CloudEventHeaders.SOURCE), StandardCharsets.UTF_8)).isEqualTo("activity-api");
        assertThat(new String(headers.get(CloudEventHeaders.SUBJECT), StandardCharsets.UTF_8)).isEqualTo(ID.toString());
        assertThat(new String(headers.get(CloudEventHeaders.TIME), StandardCharsets.UTF_8))
                .isEqualTo("2026-03-01T10:15:30.123Z");
    }
}
