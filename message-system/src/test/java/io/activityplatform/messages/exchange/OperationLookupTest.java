package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.domain.Delivery;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An agent may report only on operations delivered to its own computer: every other case is refused with
 * a reason, and the refusal carries no state, so nothing of another computer's activity leaks into the
 * answer. Views stubbed in memory; the SQL is covered by the exchange tests against PostgreSQL.
 */
class OperationLookupTest {

    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    private final Map<UUID, ActivityState> states = new HashMap<>();
    private final Map<UUID, Delivery> deliveries = new HashMap<>();

    private final OperationLookup lookup = new OperationLookup(new ActivityViewStore(null) {
        @Override
        public Uni<Optional<ActivityState>> find(UUID id) {
            return Uni.createFrom().item(Optional.ofNullable(states.get(id)));
        }
    }, new DeliveryRepository(null, null) {
        @Override
        public Uni<Optional<Delivery>> find(UUID activityId) {
            return Uni.createFrom().item(Optional.ofNullable(deliveries.get(activityId)));
        }
    });

    private UUID activityFor(String computer) {
        UUID id = UUID.randomUUID();
        states.put(id, ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), id, T0, Actor.user("alice"),
                "activity-api", ActivityDefinition.of("ExecuteScriptRequest", computer, Map.of("code", "true")),
                ActivityStatus.QUEUED)).state());
        return id;
    }

    private void delivered(UUID id, String computer) {
        deliveries.put(id, new Delivery(id, computer, UUID.randomUUID(), T0, null, null, 0));
    }

    private OperationLookup.Found find(String computer, UUID operation) {
        return lookup.find(computer, operation).await().indefinitely();
    }

    @Test
    void anOperationDeliveredToThisComputerIsFound() {
        UUID id = activityFor("c1");
        delivered(id, "c1");

        OperationLookup.Found found = find("c1", id);

        assertThat(found.refused()).isFalse();
        assertThat(found.state().id()).isEqualTo(id);
        assertThat(found.delivery().computerId()).isEqualTo("c1");
    }

    @Test
    void aMessageWithoutOperationIdIsRefused() {
        OperationLookup.Found found = find("c1", null);

        assertThat(found.refused()).isTrue();
        assertThat(found.refusal()).contains("without operation id");
    }

    @Test
    void anUnknownOperationIsRefused() {
        UUID unknown = UUID.randomUUID();

        assertThat(find("c1", unknown).refusal()).isEqualTo("unknown operation " + unknown);
    }

    @Test
    void anotherComputersActivityIsRefusedAndNothingOfItIsReturned() {
        UUID id = activityFor("c2");
        delivered(id, "c2");

        OperationLookup.Found found = find("c1", id);

        assertThat(found.refused()).isTrue();
        assertThat(found.refusal()).contains("another computer");
        assertThat(found.state()).isNull();
        assertThat(found.delivery()).isNull();
    }

    @Test
    void anActivityOfThisComputerThatWasNeverDeliveredIsRefused() {
        UUID id = activityFor("c1");

        OperationLookup.Found found = find("c1", id);

        assertThat(found.refusal()).contains("never delivered to this computer");
        assertThat(found.state()).isNull();
    }

    @Test
    void aDeliveryRecordedForAnotherComputerIsRefusedEvenIfTheActivityNamesThisOne() {
        UUID id = activityFor("c1");
        delivered(id, "c9");

        OperationLookup.Found found = find("c1", id);

        assertThat(found.refused()).isTrue();
        assertThat(found.refusal()).contains("never delivered to this computer");
    }
}
