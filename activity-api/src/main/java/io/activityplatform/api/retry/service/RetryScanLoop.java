package io.activityplatform.api.retry.service;

import io.activityplatform.api.retry.config.RetryConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** Runs the catch-up scan of {@link AutomaticRetries} on a Vert.x timer; a scan never overlaps the previous one. */
@ApplicationScoped
public class RetryScanLoop {

    private static final Logger LOG = Logger.getLogger(RetryScanLoop.class);

    private final AutomaticRetries retries;
    private final RetryConfig config;
    private final Vertx vertx;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long timerId = -1;

    public RetryScanLoop(AutomaticRetries retries, RetryConfig config, Vertx vertx) {
        this.retries = retries;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            timerId = vertx.setPeriodic(config.scanInterval().toMillis(), id -> scan());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void scan() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        retries.scan().subscribe().with(
                created -> {
                    busy.set(false);
                    if (created > 0) {
                        LOG.infof("Catch-up scan created %d retry attempt(s) whose reaction had been lost", created);
                    }
                },
                error -> {
                    busy.set(false);
                    LOG.warnf("Retry catch-up scan failed; the next one retries: %s", error.getMessage());
                });
    }
}
