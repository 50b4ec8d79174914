package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentStatesTest {

    private static ActivityState state() {
        UUID id = UUID.randomUUID();
        return ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), id, Instant.parse("2026-01-01T00:00:00Z"),
                Actor.user("alice"), "activity-api", ActivityDefinition.of("ArchiveRequest", null, Map.of()),
                ActivityStatus.QUEUED)) instanceof io.activityplatform.events.fold.FoldResult.Applied applied
                ? applied.state() : null;
    }

    private record Split(Map<UUID, ActivityState> known, List<UUID> missing) {
    }

    private static Split split(RecentStates recent, UUID... ids) {
        Map<UUID, ActivityState> known = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        recent.split(List.of(ids), known, missing);
        return new Split(known, missing);
    }

    @Test
    void aCommittedStateIsFoundByTheNextBatchAndOthersAreReadFromTheView() {
        RecentStates recent = new RecentStates(10);
        ActivityState a = state();
        UUID b = UUID.randomUUID();
        recent.remember(List.of(a));

        Split next = split(recent, a.id(), b);

        assertThat(next.known()).containsExactlyEntriesOf(Map.of(a.id(), a));
        assertThat(next.missing()).containsExactly(b);
        assertThat(recent.hits()).isEqualTo(1);
        assertThat(recent.misses()).isEqualTo(1);
    }

    @Test
    void aBatchTakesItsStatesOutSoAFailedCommitLeavesThemToTheView() {
        RecentStates recent = new RecentStates(10);
        ActivityState a = state();
        recent.remember(List.of(a));

        assertThat(split(recent, a.id()).known()).containsKey(a.id());
        // that batch's transaction failed: nothing was put back, so the retry reads the view
        assertThat(split(recent, a.id()).missing()).containsExactly(a.id());
    }

    @Test
    void forgettingDropsEverything() {
        RecentStates recent = new RecentStates(10);
        ActivityState a = state();
        recent.remember(List.of(a));

        recent.forget();

        assertThat(recent.size()).isZero();
        assertThat(split(recent, a.id()).missing()).containsExactly(a.id());
    }

    @Test
    void theLeastRecentlyUsedStateLeavesFirstAtTheBound() {
        RecentStates recent = new RecentStates(2);
        ActivityState a = state();
        ActivityState b = state();
        ActivityState c = state();
        recent.remember(List.of(a, b));
        recent.remember(List.of(a)); // a used again: b is now the eldest
        recent.remember(List.of(c));

        assertThat(recent.size()).isEqualTo(2);
        assertThat(split(recent, a.id(), b.id(), c.id()).missing()).containsExactly(b.id());
    }

    @Test
    void capacityZeroKeepsNothing() {
        RecentStates recent = new RecentStates(0);
        ActivityState a = state();
        recent.remember(List.of(a));

        assertThat(recent.size()).isZero();
        assertThat(split(recent, a.id()).missing()).containsExactly(a.id());
    }
}
