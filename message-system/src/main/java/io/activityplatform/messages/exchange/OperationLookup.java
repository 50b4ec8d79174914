package io.activityplatform.messages.exchange;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.messages.domain.Delivery;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Resolves an operation id from an agent to the activity and its delivery, refusing anything that was not
 * delivered to that very computer: an agent can never touch another computer's activity.
 */
@ApplicationScoped
public class OperationLookup {

    private final ActivityViewStore view;
    private final DeliveryRepository deliveries;

    public OperationLookup(ActivityViewStore view, DeliveryRepository deliveries) {
        this.view = view;
        this.deliveries = deliveries;
    }

    /** Either the operation (state + delivery) or why the agent may not report on it. */
    public record Found(ActivityState state, Delivery delivery, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    public Uni<Found> find(String computerId, UUID operationId) {
        if (operationId == null) {
            return Uni.createFrom().item(new Found(null, null, "message without operation id"));
        }
        return view.find(operationId).flatMap(state -> {
            if (state.isEmpty()) {
                return Uni.createFrom().item(new Found(null, null, "unknown operation " + operationId));
            }
            if (!computerId.equals(state.get().computerId())) {
                return Uni.createFrom().item(new Found(null, null,
                        "operation " + operationId + " belongs to another computer"));
            }
            return deliveries.find(operationId).map(delivery -> delivery.isPresent()
                    && computerId.equals(delivery.get().computerId())
                    ? new Found(state.get(), delivery.get(), null)
                    : new Found(null, null, "operation " + operationId + " was never delivered to this computer"));
        });
    }
}
