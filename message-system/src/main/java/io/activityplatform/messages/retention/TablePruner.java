package io.activityplatform.messages.retention;

import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.repository.RetentionRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;

/**
 * Keeps {@code outgoing_message} and {@code delivery} bounded: every {@code messages.retention.interval},
 * deletes acknowledged messages and finished deliveries older than {@code messages.retention.period}, batch
 * after batch (at most {@link #MAX_BATCHES} per run, so one run never monopolises the database). Every
 * replica may run it: the deletes are idempotent.
 */
@ApplicationScoped
public class TablePruner {

    private static final Logger LOG = Logger.getLogger(TablePruner.class);
    static final int MAX_BATCHES = 100;

    /** Rows deleted by one run. */
    public record Pruned(long messages, long deliveries) {
    }

    private final RetentionRepository repository;
    private final MessagesConfig config;
    private final Clock clock;

    public TablePruner(RetentionRepository repository, MessagesConfig config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${messages.retention.interval:1h}", delayed = "${messages.retention.interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        if (!config.retention().enabled()) {
            return Uni.createFrom().voidItem();
        }
        return prune().invoke(p -> {
            if (p.messages() + p.deliveries() > 0) {
                LOG.debugf("Pruned %d acknowledged messages and %d finished deliveries", p.messages(), p.deliveries());
            }
        }).onFailure().invoke(e -> LOG.warnf("Pruning failed, next run in %s: %s",
                config.retention().interval(), e.getMessage())).onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One run, now. */
    public Uni<Pruned> prune() {
        Instant before = clock.instant().minus(config.retention().period());
        int batch = config.retention().batchSize();
        return drain(repository::pruneAcknowledgedMessages, before, batch, 0, 0)
                .flatMap(messages -> drain(repository::pruneFinishedDeliveries, before, batch, 0, 0)
                        .map(deliveries -> new Pruned(messages, deliveries)));
    }

    private static Uni<Long> drain(BiFunction<Instant, Integer, Uni<Integer>> delete, Instant before, int batch,
            int round, long total) {
        return delete.apply(before, batch).flatMap(deleted -> deleted < batch || round + 1 >= MAX_BATCHES
                ? Uni.createFrom().item(total + deleted)
                : drain(delete, before, batch, round + 1, total + deleted));
    }
}
