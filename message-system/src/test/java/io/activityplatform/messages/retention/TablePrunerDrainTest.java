package io.activityplatform.messages.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.repository.RetentionRepository;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pruner's loop without a database (TablePrunerTest has the SQL against real PostgreSQL): the cutoff is
 * now minus the period, each table is drained until a statement deletes fewer than a batch, a run stops after
 * {@link TablePruner#MAX_BATCHES} statements per table however much is left, and a failed run never
 * escapes the scheduler.
 */
class TablePrunerDrainTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final int BATCH = 10;

    /** Answers each delete from a script of row counts; records what it was asked. */
    static final class ScriptedRepository extends RetentionRepository {
        final Deque<Integer> messages = new ArrayDeque<>();
        final Deque<Integer> deliveries = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();
        int fullForever = -1;
        RuntimeException failure;

        ScriptedRepository() {
            super(null);
        }

        @Override
        public Uni<Integer> pruneAcknowledgedMessages(Instant before, int limit) {
            return answer("messages", messages, before, limit);
        }

        @Override
        public Uni<Integer> pruneFinishedDeliveries(Instant before, int limit) {
            return answer("deliveries", deliveries, before, limit);
        }

        private Uni<Integer> answer(String table, Deque<Integer> script, Instant before, int limit) {
            calls.add(table + " before " + before + " limit " + limit);
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            if (fullForever >= 0) {
                return Uni.createFrom().item(limit);
            }
            return Uni.createFrom().item(script.isEmpty() ? 0 : script.poll());
        }
    }

    private final ScriptedRepository repository = new ScriptedRepository();

    private static MessagesConfig config(boolean enabled, Duration period) {
        MessagesConfig.Retention retention = proxy(MessagesConfig.Retention.class,
                Map.of("enabled", enabled, "period", period, "interval", Duration.ofHours(1), "batchSize", BATCH));
        return proxy(MessagesConfig.class, Map.of("retention", retention));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answers.get(method.getName());
        });
    }

    private TablePruner pruner(boolean enabled) {
        return new TablePruner(repository, config(enabled, Duration.ofDays(7)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void eachTableIsDrainedUntilAShortBatchAndTheTotalsAdd() {
        repository.messages.addAll(List.of(BATCH, BATCH, 3));
        repository.deliveries.addAll(List.of(BATCH, 0));

        TablePruner.Pruned pruned = pruner(true).prune().await().indefinitely();

        assertThat(pruned).isEqualTo(new TablePruner.Pruned(2L * BATCH + 3, BATCH));
        assertThat(repository.calls).hasSize(5);
        assertThat(repository.calls.subList(0, 3)).allMatch(c -> c.startsWith("messages"));
        assertThat(repository.calls.subList(3, 5)).allMatch(c -> c.startsWith("deliveries"));
    }

    @Test
    void theCutoffIsNowMinusTheRetentionPeriodAndTheLimitIsTheBatchSize() {
        pruner(true).prune().await().indefinitely();

        assertThat(repository.calls).containsExactly(
                "messages before 2026-05-25T00:00:00Z limit " + BATCH,
                "deliveries before 2026-05-25T00:00:00Z limit " + BATCH);
    }

    @Test
    void aTableThatIsNeverEmptiedStopsAfterTheBoundedNumberOfStatements() {
        repository.fullForever = 1;

        TablePruner.Pruned pruned = pruner(true).prune().await().indefinitely();

        assertThat(pruned.messages()).isEqualTo((long) TablePruner.MAX_BATCHES * BATCH);
        assertThat(pruned.deliveries()).isEqualTo((long) TablePruner.MAX_BATCHES * BATCH);
        assertThat(repository.calls).hasSize(2 * TablePruner.MAX_BATCHES);
    }

    @Test
    void exactlyFullBatchesAreFollowedByOneMoreStatement() {
        repository.messages.addAll(List.of(BATCH));

        TablePruner.Pruned pruned = pruner(true).prune().await().indefinitely();

        assertThat(pruned.messages()).isEqualTo(BATCH);
        assertThat(repository.calls.stream().filter(c -> c.startsWith("messages"))).hasSize(2);
    }

    @Test
    void aDisabledPrunerTouchesNothing() {
        pruner(false).scheduled().await().indefinitely();

        assertThat(repository.calls).isEmpty();
    }

    @Test
    void aFailedRunIsSwallowedSoTheScheduleGoesOn() {
        repository.failure = new IllegalStateException("database down");

        pruner(true).scheduled().await().indefinitely();

        assertThat(repository.calls).hasSize(1);
    }
}
