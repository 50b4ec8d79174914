package io.activityplatform.api.schedule.service;

import io.activityplatform.api.schedule.config.ScheduleConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs {@link ScheduleFirer#fireDue()} every tick on a Vert.x timer. The tick only decides how often the clock
 * is looked at; which instants fire comes from the injected clock, so tests move the clock instead of waiting.
 * A tick never overlaps the previous one.
 */
@ApplicationScoped
public class ScheduleFiringLoop {

    private static final Logger LOG = Logger.getLogger(ScheduleFiringLoop.class);

    private final ScheduleFirer firer;
    private final ScheduleConfig config;
    private final Vertx vertx;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long timerId = -1;

    public ScheduleFiringLoop(ScheduleFirer firer, ScheduleConfig config, Vertx vertx) {
        this.firer = firer;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            timerId = vertx.setPeriodic(config.tickInterval().toMillis(), id -> tick());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        firer.fireDue().subscribe().with(
                fired -> busy.set(false),
                failure -> {
                    busy.set(false);
                    LOG.warnf("Schedule firing pass failed; the next tick retries it: %s", failure.getMessage());
                });
    }
}
