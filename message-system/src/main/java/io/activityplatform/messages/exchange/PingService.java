package io.activityplatform.messages.exchange;

import io.activityplatform.messages.repository.PingQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The cheap, unauthenticated check an agent makes between exchanges: is anything waiting for this public
 * computer id? It reveals nothing but a boolean, and answers false for unknown ids.
 */
@ApplicationScoped
public class PingService {

    private final PingQuery query;
    private final Clock clock;

    public PingService(PingQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    public Uni<Boolean> messagesWaiting(String computerId) {
        return query.messagesWaiting(computerId, clock.instant());
    }
}
