package io.activityplatform.service.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claim decisions every executor relies on, on states the real fold produced. */
class ClaimsTest {

    private static final Actor SERVICE = Actor.service("job-handler");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final UUID id = UUID.randomUUID();

    private ActivityState fold(ActivityState state, ActivityEvent event) {
        return ActivityFold.apply(state, event).state();
    }

    private ActivityState queued() {
        return fold(null, new ActivityCreated(UUID.randomUUID(), id, NOW, Actor.user("operator"), "test",
                ActivityDefinition.of("SyncPocketRequest", null, Map.of()), ActivityStatus.QUEUED));
    }

    private StatusChanged change(ActivityState seen, ActivityStatus to) {
        return new StatusChanged(UUID.randomUUID(), id, NOW, SERVICE, "test", seen.status(), to,
                seen.statusVersion(), "test", null, null);
    }

    @Test
    void anExecutorHoldsItsClaimOnlyWhileTheActivityRunsUnderIt() {
        ActivityState queued = queued();
        StatusChanged claim = change(queued, ActivityStatus.IN_PROGRESS);
        ActivityState running = fold(queued, claim);

        assertThat(Claims.stillHeld(running, claim.eventId())).isTrue();
        assertThat(Claims.stillHeld(running, UUID.randomUUID())).as("another claim's executor").isFalse();
        assertThat(Claims.stillHeld(queued, claim.eventId())).as("not claimed yet").isFalse();
        assertThat(Claims.stillHeld(null, claim.eventId())).as("unknown activity").isFalse();
        ActivityState canceled = fold(running, change(running, ActivityStatus.CANCELED));
        assertThat(canceled.status()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(Claims.stillHeld(canceled, claim.eventId())).as("ended under the same claim").isFalse();
        assertThat(Claims.stillHeld(running, null)).as("no claim at all").isFalse();
        // the claim's columns alone decide alike
        for (ActivityState state : new ActivityState[] {queued, running, canceled}) {
            for (UUID held : new UUID[] {claim.eventId(), UUID.randomUUID(), null}) {
                assertThat(ClaimStatus.of(state).heldUnder(held)).isEqualTo(Claims.stillHeld(state, held));
            }
        }
        assertThat(ClaimStatus.of(canceled).movedOnReason()).isEqualTo("activity is now CANCELED");
    }

    @Test
    void aClaimIsWonOnlyWhenTheFoldRecordedItsEventId() {
        ActivityState queued = queued();
        StatusChanged mine = change(queued, ActivityStatus.IN_PROGRESS);
        StatusChanged theirs = change(queued, ActivityStatus.IN_PROGRESS);
        ActivityState theyWon = fold(queued, theirs);

        assertThat(Claims.decide(mine, fold(queued, mine)).won()).isTrue();
        assertThat(Claims.decide(mine, theyWon).won()).isFalse();
        assertThat(Claims.decide(mine, null).outcome()).isEqualTo(Claim.Outcome.LOST);
    }
}
