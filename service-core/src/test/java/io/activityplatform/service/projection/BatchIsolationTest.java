package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bisection that keeps one unstorable record from stopping the projection, with a writer stub that
 * refuses any batch holding a poisoned offset (as PostgreSQL refuses a whole transaction): every other
 * record is written exactly once and in log order, each poisoned one is quarantined alone, and a transient
 * failure met on the way goes back to the ordinary retry instead of quarantining healthy records.
 */
class BatchIsolationTest {

    /** A unique violation, say: deterministic, it would fail again on retry. */
    private static final PgException UNSTORABLE = new PgException("value too long", "ERROR", "22001", null);
    private static final PgException CONNECTION_LOST = new PgException("connection lost", "FATAL", "08006", null);

    static final class PoisonedWriter extends ProjectionWriter {
        final Set<Long> poisoned = new TreeSet<>();
        final List<Long> written = new ArrayList<>();
        final List<Long> quarantined = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();
        int writes;
        int transientAfterWrites = -1;

        PoisonedWriter() {
            super(null, null, null, noListeners(), null, new RecentStates(0));
        }

        @Override
        Uni<Written> write(Collection<PolledRecord> records, Map<String, Long> applied) {
            writes++;
            if (writes == transientAfterWrites) {
                return Uni.createFrom().failure(CONNECTION_LOST);
            }
            if (records.stream().anyMatch(r -> poisoned.contains(r.offset()))) {
                return Uni.createFrom().failure(UNSTORABLE);
            }
            records.forEach(r -> written.add(r.offset()));
            return Uni.createFrom().item(new Written(null, Map.of(), 0));
        }

        @Override
        Uni<Written> quarantine(PolledRecord record, String reason) {
            quarantined.add(record.offset());
            reasons.add(reason);
            return Uni.createFrom().item(new Written(null, Map.of(), 0));
        }
    }

    @SuppressWarnings("unchecked")
    private static Instance<ProjectionListener> noListeners() {
        return (Instance<ProjectionListener>) Proxy.newProxyInstance(Instance.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> Collections.emptyIterator();
                    case "forEach" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private final PoisonedWriter writer = new PoisonedWriter();
    private final BatchIsolation isolation = new BatchIsolation(writer, new AppliedOffsets(), 5);
    private int commits;

    private static List<PolledRecord> records(int count) {
        return LongStream.range(0, count).mapToObj(offset -> new PolledRecord("activity-events", 3, offset,
                Instant.EPOCH, null, null)).toList();
    }

    private void isolate(List<PolledRecord> records) {
        isolation.isolate(records, UNSTORABLE, written -> commits++);
    }

    @Test
    void aSingleRecordThatFailsIsQuarantinedWithTheDatabasesReason() {
        writer.poisoned.add(0L);

        isolate(records(1));

        assertThat(writer.quarantined).containsExactly(0L);
        assertThat(writer.reasons).containsExactly("SQLSTATE 22001: value too long");
        assertThat(writer.writes).as("a single record is not written again").isZero();
        assertThat(commits).isEqualTo(1);
    }

    @Test
    void onePoisonedRecordInEightLeavesTheOtherSevenWrittenInOrder() {
        writer.poisoned.add(5L);

        isolate(records(8));

        assertThat(writer.written).containsExactly(0L, 1L, 2L, 3L, 4L, 6L, 7L);
        assertThat(writer.quarantined).containsExactly(5L);
        // halves 0-3 ok, 4-7 fail, 4-5 fail, 6-7 ok, 4 ok, 5 alone: bounded by about 2 log2(n) writes
        assertThat(writer.writes).isLessThanOrEqualTo(2 * 3 + 2);
    }

    @Test
    void aTransientFailureDuringIsolationIsRethrownAndNothingIsQuarantined() {
        writer.poisoned.add(6L);
        writer.transientAfterWrites = 2; // the second half of the first split meets a lost connection

        assertThatThrownBy(() -> isolate(records(8))).isSameAs(CONNECTION_LOST);
        assertThat(writer.quarantined).isEmpty();
        assertThat(writer.written).containsExactly(0L, 1L, 2L, 3L);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void anyPoisonPatternWritesEveryOtherRecordOnceInOrderAndQuarantinesEachPoisonOnce(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            PoisonedWriter w = new PoisonedWriter();
            int size = 2 + random.nextInt(63);
            int poisons = 1 + random.nextInt(Math.min(size, 6));
            while (w.poisoned.size() < poisons) {
                w.poisoned.add((long) random.nextInt(size));
            }
            List<Long> healthy = LongStream.range(0, size).filter(o -> !w.poisoned.contains(o)).boxed().toList();

            new BatchIsolation(w, new AppliedOffsets(), 5).isolate(records(size), UNSTORABLE, written -> { });

            assertThat(w.written).as("seed %d round %d poisons %s", seed, round, w.poisoned).isEqualTo(healthy);
            assertThat(w.quarantined).as("seed %d round %d", seed, round).containsExactlyElementsOf(w.poisoned);
        }
    }
}
