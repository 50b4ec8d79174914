package io.activityplatform.events.status;

import static io.activityplatform.events.fold.Events.change;
import static io.activityplatform.events.fold.Events.stateIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.FoldResult;
import io.activityplatform.events.fold.Rejection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (kind, from, to) pair, 2 × 8 × 8, checked against the seeds' prose transcribed here independently
 * of the production table, both in the table and through the fold.
 */
class TransitionTableTest {

    /** Seed 000/001, "Client activity states", transcribed sentence by sentence. */
    private static final Map<String, String> CLIENT = Map.of(
            "QUEUED", "IN_PROGRESS CANCELED BLOCKED",
            "SCHEDULED", "IN_PROGRESS CANCELED",
            "WAITING", "QUEUED IN_PROGRESS CANCELED",
            "BLOCKED", "QUEUED CANCELED WAITING",
            "IN_PROGRESS", "FAILED SUCCEEDED CANCELED",
            "FAILED", "", "CANCELED", "", "SUCCEEDED", "");

    /** Seed 000/001, "Server activity states": SCHEDULED may also go to QUEUED. */
    private static final Map<String, String> SERVER = Map.of(
            "QUEUED", "IN_PROGRESS CANCELED BLOCKED",
            "SCHEDULED", "QUEUED IN_PROGRESS CANCELED",
            "WAITING", "QUEUED IN_PROGRESS CANCELED",
            "BLOCKED", "QUEUED CANCELED WAITING",
            "IN_PROGRESS", "FAILED SUCCEEDED CANCELED",
            "FAILED", "", "CANCELED", "", "SUCCEEDED", "");

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ActivityKind kind : ActivityKind.values()) {
            for (ActivityStatus from : ActivityStatus.values()) {
                for (ActivityStatus to : ActivityStatus.values()) {
                    Map<String, String> seed = kind == ActivityKind.CLIENT ? CLIENT : SERVER;
                    Set<String> targets = new HashSet<>(Arrays.asList(seed.get(from.name()).split(" ")));
                    pairs.add(Arguments.of(kind, from, to, targets.contains(to.name())));
                }
            }
        }
        return pairs.stream();
    }

    @Test
    void coversAllPairsOfBothKinds() {
        assertThat(everyPair().count()).isEqualTo(2 * 8 * 8);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} allowed={3}")
    @MethodSource("everyPair")
    void tableMatchesTheSeeds(ActivityKind kind, ActivityStatus from, ActivityStatus to, boolean allowed) {
        assertThat(ActivityStateMachine.isAllowed(kind, from, to)).isEqualTo(allowed);
        assertThat(ActivityStateMachine.allowedTargets(kind, from).contains(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} applied={3}")
    @MethodSource("everyPair")
    void foldAppliesExactlyTheAllowedTransitions(ActivityKind kind, ActivityStatus from, ActivityStatus to,
            boolean allowed) {
        var state = stateIn(kind, from, 4);

        FoldResult result = ActivityFold.apply(state, change(state.id(), to, null));

        assertThat(result.applied()).isEqualTo(allowed);
        if (allowed) {
            assertThat(result.state().status()).isEqualTo(to);
            assertThat(result.state().statusVersion()).isEqualTo(5);
        } else {
            assertThat(result.state()).isEqualTo(state);
            assertThat(((FoldResult.Rejected) result).reason())
                    .isEqualTo(from.isFinal() ? Rejection.ALREADY_FINAL : Rejection.TRANSITION_NOT_ALLOWED);
        }
    }

    @Test
    void initialAndFinalStatusesAreThoseOfTheSeeds() {
        assertThat(ActivityStatus.initialStatuses()).containsExactlyInAnyOrder(ActivityStatus.QUEUED,
                ActivityStatus.SCHEDULED, ActivityStatus.WAITING, ActivityStatus.BLOCKED);
        assertThat(Arrays.stream(ActivityStatus.values()).filter(ActivityStatus::isFinal))
                .containsExactlyInAnyOrder(ActivityStatus.SUCCEEDED, ActivityStatus.FAILED, ActivityStatus.CANCELED);
    }

    @Test
    void theKindsDifferOnlyInScheduledToQueued() {
        List<String> differences = new ArrayList<>();
        for (ActivityStatus from : ActivityStatus.values()) {
            for (ActivityStatus to : ActivityStatus.values()) {
                if (ActivityStateMachine.isAllowed(ActivityKind.CLIENT, from, to)
                        != ActivityStateMachine.isAllowed(ActivityKind.SERVER, from, to)) {
                    differences.add(from + "->" + to);
                }
            }
        }
        assertThat(differences).containsExactly("SCHEDULED->QUEUED");
    }
}
