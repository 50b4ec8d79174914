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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Claims for many activities published together and awaited once (issue 11): one ledger call notes the batch
 * before anything is published, one wait per partition for its highest position, one view read decides all,
 * one ledger call forgets exactly the lost ones; each claim is still decided by its own event id.
 */
class BatchClaimTest {

    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final Map<UUID, ActivityState> view = new HashMap<>();
    /** Offsets the view has not applied when the bound passes. */
    private final Set<Long> notApplied = new HashSet<>();
    private final TwoPartitions publisher = new TwoPartitions();
    private final Claims claims = new Claims(publisher, new Watermark(), new Views(), null);
    private final BatchLedger ledger = new BatchLedger();

    @AfterEach
    void close() {
        publisher.close();
    }

    @Test
    void theBatchIsNotedInOneCallBeforeAnythingIsPublishedAndAwaitedOncePerPartition() {
        List<StatusChanged> batch = fourWon();

        List<Claim> results = claims.claimAll(batch, ledger, BOUND).await().atMost(BOUND);

        assertThat(results).extracting(Claim::outcome).containsOnly(Claim.Outcome.WON);
        assertThat(results).extracting(Claim::event).containsExactlyElementsOf(batch);
        // offsets 0..3 alternate between partitions 0 and 1: the highest of each (2 and 3) is awaited, once
        assertThat(steps).containsExactly("recordAll 4", "publish", "publish", "publish", "publish",
                "await 0:2 " + BOUND, "await 1:3 " + BOUND, "load 4");
    }

    @Test
    void onlyTheLostClaimsAreForgottenInOneCall() {
        ActivityState a = queued();
        ActivityState b = queued();
        ActivityState c = queued();
        StatusChanged claimA = claimOf(a);
        StatusChanged claimB = claimOf(b);
        StatusChanged claimC = claimOf(c);
        view.put(a.id(), fold(a, claimOf(a))); // someone else won a
        view.put(b.id(), fold(b, claimB));
        // c: the view does not know it (removed, or never there): lost as well

        List<Claim> results = claims.claimAll(List.of(claimA, claimB, claimC), ledger, BOUND).await().atMost(BOUND);

        assertThat(results).extracting(Claim::outcome).containsExactly(Claim.Outcome.LOST, Claim.Outcome.WON,
                Claim.Outcome.LOST);
        assertThat(results.get(1).state().claimedBy(claimB.eventId())).isTrue();
        assertThat(ledger.forgotten).containsExactly(List.of(claimA.eventId(), claimC.eventId()));
        assertThat(steps).last().isEqualTo("forgetAll 2");
    }

    @Test
    void aLatePartitionLooksAtEachOfItsClaimsWithoutWaitingAndKeepsTheUndecidedNotes() {
        List<StatusChanged> batch = fourWon();
        notApplied.add(3L); // partition 1's highest record is not applied in time; its lower one (offset 1) is

        List<Claim> results = claims.claimAll(batch, ledger, BOUND).await().atMost(BOUND);

        assertThat(results).extracting(Claim::outcome).containsExactly(Claim.Outcome.WON, Claim.Outcome.WON,
                Claim.Outcome.WON, Claim.Outcome.UNDECIDED);
        assertThat(results.get(3).state()).as("an undecided claim carries no (stale) state").isNull();
        assertThat(steps).containsSubsequence("await 0:2 " + BOUND, "await 1:3 " + BOUND, "await 1:1 PT0S",
                "await 1:3 PT0S", "load 3");
        assertThat(steps).as("partition 0 was applied: its claims are not looked at again")
                .doesNotContain("await 0:0 PT0S", "await 0:2 PT0S");
        assertThat(ledger.forgotten).isEmpty();
    }

    @Test
    void nothingAppliedInTimeLeavesEveryClaimUndecidedWithoutReadingTheView() {
        List<StatusChanged> batch = fourWon();
        notApplied.addAll(List.of(0L, 1L, 2L, 3L));

        List<Claim> results = claims.claimAll(batch, ledger, BOUND).await().atMost(BOUND);

        assertThat(results).extracting(Claim::outcome).containsOnly(Claim.Outcome.UNDECIDED);
        assertThat(steps).noneMatch(step -> step.startsWith("load "));
        assertThat(ledger.forgotten).isEmpty();
    }

    @Test
    void nothingIsPublishedWhenTheLedgerCannotNoteTheBatch() {
        ledger.failing = true;

        assertThatThrownBy(() -> claims.claimAll(fourWon(), ledger, BOUND).await().atMost(BOUND))
                .hasMessageContaining("ledger down");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void aLedgerWithoutBatchSupportNotesAndForgetsEachClaimOnItsOwn() {
        List<String> single = new CopyOnWriteArrayList<>();
        ClaimLedger oneByOne = new ClaimLedger() {
            @Override
            public Uni<Void> record(StatusChanged claim) {
                single.add("record " + claim.eventId());
                return Uni.createFrom().voidItem();
            }

            @Override
            public Uni<Void> forget(StatusChanged claim) {
                single.add("forget " + claim.eventId());
                return Uni.createFrom().voidItem();
            }
        };
        ActivityState a = queued();
        ActivityState b = queued();
        StatusChanged claimA = claimOf(a);
        StatusChanged claimB = claimOf(b);
        view.put(a.id(), fold(a, claimA));
        view.put(b.id(), fold(b, claimOf(b)));

        claims.claimAll(List.of(claimA, claimB), oneByOne, BOUND).await().atMost(BOUND);

        assertThat(single).containsExactly("record " + claimA.eventId(), "record " + claimB.eventId(),
                "forget " + claimB.eventId());
        assertThat(oneByOne.recordAll(List.of()).await().atMost(BOUND)).isNull();
        assertThat(oneByOne.forgetAll(List.of()).await().atMost(BOUND)).isNull();
    }

    private List<StatusChanged> fourWon() {
        List<StatusChanged> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ActivityState state = queued();
            StatusChanged claim = claimOf(state);
            view.put(state.id(), fold(state, claim));
            batch.add(claim);
        }
        return batch;
    }

    private static ActivityState queued() {
        return fold(null, new ActivityCreated(UUID.randomUUID(), UUID.randomUUID(), NOW, Actor.user("operator"),
                "test", ActivityDefinition.of("SyncPocketRequest", null, Map.of()), ActivityStatus.QUEUED));
    }

    private static StatusChanged claimOf(ActivityState seen) {
        return new StatusChanged(UUID.randomUUID(), seen.id(), NOW, Actor.service("job-handler"), "test",
                seen.status(), ActivityStatus.IN_PROGRESS, seen.statusVersion(), "test", null, null);
    }

    private static ActivityState fold(ActivityState state, ActivityEvent event) {
        return ActivityFold.apply(state, event).state();
    }

    /** Consecutive offsets, alternating between partitions 0 and 1 (offset modulo 2). */
    private final class TwoPartitions extends RecordingPublisher {
        TwoPartitions() {
            super(event -> steps.add("publish"));
        }

        @Override
        public Uni<RecordPosition> publish(ActivityEvent event) {
            return super.publish(event).map(p -> new RecordPosition(p.topic(), (int) (p.offset() % 2), p.offset()));
        }
    }

    private final class BatchLedger implements ClaimLedger {
        final List<List<UUID>> forgotten = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public Uni<Void> record(StatusChanged claim) {
            throw new AssertionError("a batch is noted in one call");
        }

        @Override
        public Uni<Void> forget(StatusChanged claim) {
            throw new AssertionError("lost claims are forgotten in one call");
        }

        @Override
        public Uni<Void> recordAll(List<StatusChanged> claims) {
            if (failing) {
                return Uni.createFrom().failure(new IllegalStateException("ledger down"));
            }
            steps.add("recordAll " + claims.size());
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> forgetAll(List<StatusChanged> claims) {
            if (!claims.isEmpty()) {
                steps.add("forgetAll " + claims.size());
                forgotten.add(claims.stream().map(StatusChanged::eventId).toList());
            }
            return Uni.createFrom().voidItem();
        }
    }

    private final class Watermark extends ProjectionWatermark {
        Watermark() {
            super(null);
        }

        @Override
        public Uni<Boolean> awaitApplied(RecordPosition position, Duration bound) {
            steps.add("await " + position.partition() + ":" + position.offset() + " " + bound);
            return Uni.createFrom().item(!notApplied.contains(position.offset()));
        }
    }

    private final class Views extends ActivityViewStore {
        Views() {
            super(null);
        }

        @Override
        public Uni<Map<UUID, ActivityState>> load(SqlClient client, Collection<UUID> ids) {
            steps.add("load " + ids.size());
            Map<UUID, ActivityState> found = new HashMap<>();
            ids.stream().filter(view::containsKey).forEach(id -> found.put(id, view.get(id)));
            return Uni.createFrom().item(found);
        }
    }
}
