package io.activityplatform.messages.exchange;

import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.messages.repository.ClientActivityQueries;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.messages.repository.OutboxRepository;
import io.activityplatform.service.projection.ComputerViewStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * The cheap, unauthenticated check an agent makes between exchanges: is anything waiting for this public
 * computer id? It reveals nothing but a boolean, and answers false for unknown ids.
 */
@ApplicationScoped
public class PingService {

    private final OutboxRepository outbox;
    private final DeliveryRepository deliveries;
    private final ClientActivityQueries queries;
    private final ComputerViewStore computers;
    private final Clock clock;

    public PingService(OutboxRepository outbox, DeliveryRepository deliveries, ClientActivityQueries queries,
            ComputerViewStore computers, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.queries = queries;
        this.computers = computers;
        this.clock = clock;
    }

    public Uni<Boolean> messagesWaiting(String computerId) {
        return outbox.hasPending(computerId)
                .flatMap(queued -> queued ? Uni.createFrom().item(true)
                        : deliveries.toCancel(computerId).map(cancels -> !cancels.isEmpty()))
                .flatMap(waiting -> waiting ? Uni.createFrom().item(true) : newWork(computerId));
    }

    private Uni<Boolean> newWork(String computerId) {
        return computers.find(computerId).flatMap(computer -> computer.isPresent()
                && computer.get().status() == ComputerState.Status.ACCEPTED
                ? queries.hasDeliverable(computerId, clock.instant()) : Uni.createFrom().item(false));
    }
}
