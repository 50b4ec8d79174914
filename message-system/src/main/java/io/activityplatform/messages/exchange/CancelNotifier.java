package io.activityplatform.messages.exchange;

import io.activityplatform.messages.domain.ServerMessage;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.service.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Seed 003 CANCEL_REQUESTED: an operation the agent is running whose activity ended without its result
 * (canceled by an operator, failed by a timeout) gets a cancel message, queued once, at the next exchange.
 */
@ApplicationScoped
public class CancelNotifier {

    private final DeliveryRepository deliveries;
    private final Clock clock;

    public CancelNotifier(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Queues the computer's due cancel messages; the item is how many were queued. */
    public Uni<Integer> queueCancels(String computerId) {
        return deliveries.toCancel(computerId).flatMap(candidates -> InTurn.count(candidates, c -> {
            String reason = "CANCELED".equals(c.status()) ? "activity canceled"
                    : "activity failed" + (c.errorCode() == null ? "" : ": " + c.errorCode());
            return deliveries.queueCancel(computerId, ServerMessage.cancel(c.activityId(), reason), clock.instant());
        }));
    }
}
