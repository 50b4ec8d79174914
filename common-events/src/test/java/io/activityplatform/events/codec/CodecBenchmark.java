package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.Events;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * What every service pays per event and per stored state in the codec: decoding and encoding records, reading
 * and writing the view's state JSON, and the instants in both, each beside its peer in the same run (the JDK's
 * formatter, and a mapper configured as {@link EventCodec#mapper()} but reading instants through jsr310 only).
 * Not part of the test suite: {@code mvn -B verify -pl common-events -Pbenchmark}. Prints microseconds per
 * operation; asserts only that both sides computed the same thing.
 */
class CodecBenchmark {

    private static final long NANOS_PER_CASE = Long.getLong("benchmark.nanos", 2_000_000_000L);
    private static volatile Object sink;

    /** EventCodec's state mapper as it was before InstantText: the peer for state reads and writes. */
    private static final ObjectMapper JSR310_ONLY = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    @Test
    void measuresTheCodecBesideItsPeers() throws Exception {
        UUID id = UUID.randomUUID();
        List<ActivityEvent> events = List.of(Events.created(id, ActivityKind.SERVER, ActivityStatus.QUEUED),
                Events.change(id, ActivityStatus.IN_PROGRESS, 1), Events.finish(id, ActivityStatus.SUCCEEDED, 0, null));
        ActivityState state = Events.fold(null, events.toArray());
        List<byte[]> records = events.stream().map(EventCodec::encode).toList();
        String json = EventCodec.mapper().writeValueAsString(state);
        Instant instant = Instant.parse("2026-03-01T10:00:00.123456Z");
        String text = instant.toString();

        assertThat(EventCodec.mapper().readValue(json, ActivityState.class))
                .isEqualTo(JSR310_ONLY.readValue(json, ActivityState.class)).isEqualTo(state);
        assertThat(JSR310_ONLY.writeValueAsString(state)).isEqualTo(json);

        StringBuilder out = new StringBuilder("\nCODEC BENCHMARK (" + Runtime.getRuntime().availableProcessors()
                + " cores; microseconds per operation, then the peer's, then the ratio)\n");
        pair(out, "instant parse", () -> InstantText.parse(text), () -> Instant.parse(text));
        pair(out, "instant format", () -> InstantText.format(instant), instant::toString);
        pair(out, "state read", () -> EventCodec.mapper().readValue(json, ActivityState.class),
                () -> JSR310_ONLY.readValue(json, ActivityState.class));
        pair(out, "state write", () -> EventCodec.mapper().writeValueAsString(state),
                () -> JSR310_ONLY.writeValueAsString(state));
        single(out, "decode, 3 records", () -> records.stream().map(EventCodec::decodeActivityEvent).toList());
        single(out, "encode, 3 events", () -> events.stream().map(EventCodec::encode).toList());
        System.out.println(out);
    }

    private static void pair(StringBuilder out, String what, Callable<Object> ours, Callable<Object> peer)
            throws Exception {
        micros(ours);
        micros(peer);
        double fast = micros(ours);
        double slow = micros(peer);
        out.append(String.format("%-20s %8.2f  %8.2f  %5.2fx%n", what, fast, slow, slow / fast));
    }

    private static void single(StringBuilder out, String what, Callable<Object> op) throws Exception {
        micros(op);
        out.append(String.format("%-20s %8.2f%n", what, micros(op)));
    }

    /** Mean microseconds of {@code op} over {@link #NANOS_PER_CASE}, in rounds of 100. */
    private static double micros(Callable<Object> op) throws Exception {
        long start = System.nanoTime();
        long n = 0;
        while (System.nanoTime() - start < NANOS_PER_CASE) {
            for (int i = 0; i < 100; i++) {
                sink = op.call();
            }
            n += 100;
        }
        return (System.nanoTime() - start) / 1e3 / n;
    }
}
