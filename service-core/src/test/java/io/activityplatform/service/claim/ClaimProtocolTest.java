package io.activityplatform.service.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.RecordingPublisher;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The claim protocol's steps and their order (design brief §3): the ledger notes the claim before it is
 * published; the decision comes from the view only after the view applied the claim; a lost claim's note is
 * forgotten, an undecided one's is kept for orphan recovery; claim-then-end ends only what it won.
 */
class ClaimProtocolTest {

    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final Actor SERVICE = Actor.service("job-handler");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final Map<UUID, ActivityState> view = new HashMap<>();
    private final Set<Long> notApplied = new HashSet<>();
    private final RecordingPublisher publisher = new RecordingPublisher(e -> steps.add("publish " + label(e)));
    private final Claims claims = new Claims(publisher, new Watermark(), new Views(), null);
    private final Ledger ledger = new Ledger();

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void aClaimTheViewRecordedIsWonAfterRecordPublishAndWait() {
        ActivityState queued = queued(UUID.randomUUID());
        StatusChanged mine = claimOf(queued);
        view.put(queued.id(), fold(queued, mine));

        Claim result = claims.claim(mine, ledger, BOUND).await().atMost(BOUND);

        assertThat(result.outcome()).isEqualTo(Claim.Outcome.WON);
        assertThat(result.state().claimedBy(mine.eventId())).isTrue();
        assertThat(steps).containsExactly("record " + mine.eventId(), "publish " + mine.eventId(), "await 0",
                "find " + queued.id());
    }

    @Test
    void aClaimBeatenByAnotherIsLostAndItsNoteForgotten() {
        ActivityState queued = queued(UUID.randomUUID());
        StatusChanged mine = claimOf(queued);
        view.put(queued.id(), fold(queued, claimOf(queued)));

        Claim result = claims.claim(mine, ledger, BOUND).await().atMost(BOUND);

        assertThat(result.outcome()).isEqualTo(Claim.Outcome.LOST);
        assertThat(steps).last().isEqualTo("forget " + mine.eventId());
    }

    @Test
    void aClaimOnAnActivityTheViewDoesNotKnowIsLost() {
        StatusChanged mine = claimOf(queued(UUID.randomUUID()));

        assertThat(claims.claim(mine, ledger, BOUND).await().atMost(BOUND).outcome()).isEqualTo(Claim.Outcome.LOST);
    }

    @Test
    void aClaimNotAppliedWithinTheBoundIsUndecidedAndItsNoteKept() {
        ActivityState queued = queued(UUID.randomUUID());
        StatusChanged mine = claimOf(queued);
        view.put(queued.id(), fold(queued, mine));
        notApplied.add(0L);

        Claim result = claims.claim(mine, ledger, BOUND).await().atMost(BOUND);

        assertThat(result.outcome()).isEqualTo(Claim.Outcome.UNDECIDED);
        assertThat(result.state()).isNull();
        // the view was not asked (its answer would be stale) and orphan recovery still finds the note
        assertThat(steps).containsExactly("record " + mine.eventId(), "publish " + mine.eventId(), "await 0");
    }

    @Test
    void nothingIsPublishedWhenTheLedgerCannotNoteTheClaim() {
        ActivityState queued = queued(UUID.randomUUID());
        ledger.failing = true;

        assertThatThrownBy(() -> claims.claim(claimOf(queued), ledger, BOUND).await().atMost(BOUND))
                .hasMessageContaining("ledger down");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void onlyAMoveToInProgressIsAClaim() {
        ActivityState queued = queued(UUID.randomUUID());
        StatusChanged cancel = new StatusChanged(UUID.randomUUID(), queued.id(), NOW, SERVICE, "test",
                queued.status(), ActivityStatus.CANCELED, queued.statusVersion(), "test", null, null);

        assertThatThrownBy(() -> claims.claim(cancel, ledger, BOUND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> claims.claimAll(List.of(claimOf(queued), cancel), ledger, BOUND))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(steps).isEmpty();
    }

    @Test
    void claimsPublishedTogetherAreDecidedOneByOneInOrder() {
        ActivityState a = queued(UUID.randomUUID());
        ActivityState b = queued(UUID.randomUUID());
        ActivityState c = queued(UUID.randomUUID());
        StatusChanged claimA = claimOf(a);
        StatusChanged claimB = claimOf(b);
        StatusChanged claimC = claimOf(c);
        view.put(a.id(), fold(a, claimA));
        view.put(b.id(), fold(b, claimOf(b))); // someone else won b
        view.put(c.id(), fold(c, claimC));
        notApplied.add(2L); // c's claim is not applied in time

        List<Claim> results = claims.claimAll(List.of(claimA, claimB, claimC), ledger, BOUND).await().atMost(BOUND);

        assertThat(results).extracting(Claim::outcome).containsExactly(Claim.Outcome.WON, Claim.Outcome.LOST,
                Claim.Outcome.UNDECIDED);
        assertThat(results).extracting(Claim::event).containsExactly(claimA, claimB, claimC);
        assertThat(steps.subList(0, 3)).allMatch(step -> step.startsWith("record "));
        assertThat(steps).filteredOn(step -> step.startsWith("forget ")).containsExactly("forget " + claimB.eventId());
    }

    @Test
    void noClaimsPublishNothing() {
        assertThat(claims.claimAll(List.of(), ledger, BOUND).await().atMost(BOUND)).isEmpty();
        assertThat(steps).isEmpty();
    }

    @Test
    void claimThenEndEndsTheClaimedStateOnlyWhenTheClaimWon() {
        ActivityState won = queued(UUID.randomUUID());
        StatusChanged claimWon = claimOf(won);
        view.put(won.id(), fold(won, claimWon));
        ActivityState lost = queued(UUID.randomUUID());
        view.put(lost.id(), fold(lost, claimOf(lost)));
        List<ActivityState> endedFrom = new CopyOnWriteArrayList<>();

        claims.claimThenEnd(claimWon, state -> {
            endedFrom.add(state);
            return endOf(state);
        }, BOUND).await().atMost(BOUND);
        claims.claimThenEnd(claimOf(lost), state -> {
            endedFrom.add(state);
            return endOf(state);
        }, BOUND).await().atMost(BOUND);

        assertThat(endedFrom).singleElement().satisfies(state -> assertThat(state.claimedBy(claimWon.eventId())).isTrue());
        assertThat(publisher.published).filteredOn(e -> e instanceof StatusChanged s && s.to() == ActivityStatus.FAILED)
                .singleElement().satisfies(e -> assertThat(e.activityId()).isEqualTo(won.id()));
        // the end is published only after the claim was decided, and awaited like the claim itself
        assertThat(steps).containsSequence("find " + won.id(), "publish end " + won.id(), "await 1")
                .doesNotContain("publish end " + lost.id());
    }

    private StatusChanged endOf(ActivityState state) {
        return new StatusChanged(UUID.randomUUID(), state.id(), NOW, SERVICE, "test", state.status(),
                ActivityStatus.FAILED, state.statusVersion(), "deadline missed", null, null);
    }

    private static ActivityState queued(UUID id) {
        return fold(null, new ActivityCreated(UUID.randomUUID(), id, NOW, Actor.user("operator"), "test",
                ActivityDefinition.of("SyncPocketRequest", null, Map.of()), ActivityStatus.QUEUED));
    }

    private static StatusChanged claimOf(ActivityState seen) {
        return new StatusChanged(UUID.randomUUID(), seen.id(), NOW, SERVICE, "test", seen.status(),
                ActivityStatus.IN_PROGRESS, seen.statusVersion(), "test", null, null);
    }

    private static ActivityState fold(ActivityState state, ActivityEvent event) {
        return ActivityFold.apply(state, event).state();
    }

    private static String label(ActivityEvent event) {
        return event instanceof StatusChanged s && s.to() == ActivityStatus.IN_PROGRESS ? s.eventId().toString()
                : "end " + event.activityId();
    }

    private final class Ledger implements ClaimLedger {
        volatile boolean failing;

        @Override
        public Uni<Void> record(StatusChanged claim) {
            if (failing) {
                return Uni.createFrom().failure(new IllegalStateException("ledger down"));
            }
            steps.add("record " + claim.eventId());
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> forget(StatusChanged claim) {
            steps.add("forget " + claim.eventId());
            return Uni.createFrom().voidItem();
        }
    }

    private final class Watermark extends ProjectionWatermark {
        Watermark() {
            super(null);
        }

        @Override
        public Uni<Boolean> awaitApplied(RecordPosition position, Duration bound) {
            steps.add("await " + position.offset());
            return Uni.createFrom().item(!notApplied.contains(position.offset()));
        }
    }

    private final class Views extends ActivityViewStore {
        Views() {
            super(null);
        }

        @Override
        public Uni<Optional<ActivityState>> find(UUID id) {
            steps.add("find " + id);
            return Uni.createFrom().item(Optional.ofNullable(view.get(id)));
        }

        @Override
        public Uni<Map<UUID, ActivityState>> load(SqlClient client, Collection<UUID> ids) {
            Map<UUID, ActivityState> found = new HashMap<>();
            ids.forEach(id -> {
                if (view.containsKey(id)) {
                    found.put(id, view.get(id));
                }
            });
            return Uni.createFrom().item(found);
        }
    }
}
