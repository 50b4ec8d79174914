package io.activityplatform.events.fold;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.events.status.ActivityStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Several producers act on one activity from stale views of it (each folds a random prefix of the log),
 * as job-handler replicas, the message-system and operators do. Whatever order their events reach the log
 * in, every service folds them to the same state, final states stay final, versions only grow, and at
 * most one claim ever wins.
 */
class CompetingProducersPropertyTest {

    @Property(tries = 1000)
    void everyInterleavingFoldsIdenticallyAndKeepsTheInvariants(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 6) int producers, @ForAll @IntRange(min = 1, max = 40) int steps,
            @ForAll boolean client) {
        Random random = new Random(seed);
        ActivityKind kind = client ? ActivityKind.CLIENT : ActivityKind.SERVER;
        UUID id = UUID.randomUUID();
        List<ActivityEvent> log = new ArrayList<>();
        log.add(Events.created(id, kind, pick(random, List.copyOf(ActivityStatus.initialStatuses()))));

        for (int i = 0; i < steps; i++) {
            int staleness = random.nextInt(log.size());
            ActivityState view = foldAll(log.subList(0, log.size() - staleness));
            log.add(actOn(view, id, "producer-" + random.nextInt(producers), random));
        }

        checkInvariants(log);
        // Any other arrival order of the competing events (creation first) must keep the invariants too.
        List<ActivityEvent> shuffled = new ArrayList<>(log.subList(1, log.size()));
        Collections.shuffle(shuffled, random);
        shuffled.add(0, log.get(0));
        checkInvariants(shuffled);
    }

    private static void checkInvariants(List<ActivityEvent> log) {
        ActivityState state = null;
        ActivityState viaJson = null;
        UUID claim = null;
        for (ActivityEvent event : log) {
            FoldResult result = ActivityFold.apply(state, event);
            FoldResult resultViaJson = ActivityFold.apply(viaJson, roundTrip(event));
            assertThat(resultViaJson.applied()).as("a second service decides alike").isEqualTo(result.applied());

            ActivityState next = result.state();
            if (state != null) {
                boolean statusChange = result.applied() && event instanceof StatusChanged;
                assertThat(next.statusVersion()).isEqualTo(state.statusVersion() + (statusChange ? 1 : 0));
                if (state.isFinal()) {
                    assertThat(next.status()).as("final never changes").isEqualTo(state.status());
                }
                if (statusChange) {
                    assertThat(ActivityStateMachine.isAllowed(state.kind(), state.status(), next.status())).isTrue();
                }
                if (claim != null) {
                    assertThat(next.claimEventId()).as("one claim wins, once").isEqualTo(claim);
                }
            }
            if (next != null && next.claimEventId() != null) {
                claim = next.claimEventId();
            }
            state = next;
            viaJson = resultViaJson.state();
        }
        assertThat(viaJson).as("services converge").isEqualTo(state);
    }

    /** What a producer does with what it saw: a conditional or blind status change, progress, a late result. */
    private static ActivityEvent actOn(ActivityState view, UUID id, String producer, Random random) {
        ActivityStatus seen = view == null ? ActivityStatus.QUEUED : view.status();
        int roll = random.nextInt(10);
        if (roll < 2 && view != null) {
            return new ProgressReported(UUID.randomUUID(), id, Events.T0, Actor.service(producer), producer,
                    random.nextInt(110), "chunk", view.outputSequence() + 1, false);
        }
        if (roll == 2) {
            return Events.lateResult(id, random.nextBoolean() ? ActivityStatus.SUCCEEDED : ActivityStatus.FAILED, 1);
        }
        List<ActivityStatus> targets = view == null ? List.of(ActivityStatus.values())
                : new ArrayList<>(ActivityStateMachine.allowedTargets(view.kind(), seen));
        if (targets.isEmpty() || random.nextInt(8) == 0) {
            targets = List.of(ActivityStatus.values());
        }
        Integer expected = view == null || random.nextInt(5) == 0 ? null : view.statusVersion();
        return new StatusChanged(UUID.randomUUID(), id, Events.T0, Actor.service(producer), producer, seen,
                pick(random, targets), expected, "competing", null, null);
    }

    private static ActivityState foldAll(List<ActivityEvent> events) {
        ActivityState state = null;
        for (ActivityEvent event : events) {
            state = ActivityFold.apply(state, event).state();
        }
        return state;
    }

    private static ActivityEvent roundTrip(ActivityEvent event) {
        return ((Decoded.Event<ActivityEvent>) EventCodec.decodeActivityEvent(EventCodec.encode(event))).event();
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
