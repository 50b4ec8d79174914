package io.activityplatform.messages.reaction;

import io.activityplatform.messages.config.MessagesConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/** Runs the reaction scans periodically; a scan still running when the next is due is not overlapped. */
@ApplicationScoped
public class ReactionTimer {

    private static final Logger LOG = Logger.getLogger(ReactionTimer.class);

    private final ClientReactions reactions;
    private final MessagesConfig config;
    private final Vertx vertx;
    private final AtomicBoolean scanning = new AtomicBoolean();
    private long timerId = -1;

    public ReactionTimer(ClientReactions reactions, MessagesConfig config, Vertx vertx) {
        this.reactions = reactions;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (config.reactions().enabled()) {
            timerId = vertx.setPeriodic(config.reactions().interval().toMillis(), id -> tick());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    private void tick() {
        if (!scanning.compareAndSet(false, true)) {
            return;
        }
        reactions.scan().subscribe().with(
                emitted -> {
                    scanning.set(false);
                    if (emitted > 0) {
                        LOG.debugf("Reaction scan emitted %d events", emitted);
                    }
                },
                failure -> {
                    scanning.set(false);
                    LOG.warnf("Reaction scan failed, next one in %s: %s", config.reactions().interval(),
                            failure.getMessage());
                });
    }
}
