package io.activityplatform.api.model;

import static io.activityplatform.api.support.States.T0;
import static io.activityplatform.api.support.States.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.support.States;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityFilterTest {

    private final ActivityState queued = state(ActivityStatus.QUEUED);

    @Test
    void everyCriterionMustHold() {
        assertThat(ActivityFilter.ALL.matches(queued)).isTrue();
        assertThat(filter(Set.of(ActivityStatus.QUEUED), null, null, null).matches(queued)).isTrue();
        assertThat(filter(Set.of(ActivityStatus.BLOCKED), null, null, null).matches(queued)).isFalse();
        assertThat(filter(Set.of(), "c1", "user:alice", "RUN").matches(queued)).isTrue();
        assertThat(filter(Set.of(), "c2", null, null).matches(queued)).isFalse();
        assertThat(filter(Set.of(), null, "alice", null).matches(queued)).isFalse();
        assertThat(filter(Set.of(), null, null, "walk").matches(queued)).isFalse();
        assertThat(new ActivityFilter(Set.of(), null, ActivityKind.SERVER, null, null, null, null, null, null)
                .matches(queued)).isFalse();
    }

    @Test
    void withinAccountsMatchesOnlyThoseAccountsAndNeverAnActivityWithoutOne() {
        ActivityState acme = States.state(States.script("c1", null).withAccount("acme"), ActivityStatus.QUEUED);
        ActivityState legacy = States.state(States.script("c1", null), ActivityStatus.QUEUED);

        assertThat(ActivityFilter.ALL.within(Set.of("acme")).matches(acme)).isTrue();
        assertThat(ActivityFilter.ALL.within(Set.of("acme", "globex")).matches(acme)).isTrue();
        assertThat(ActivityFilter.ALL.within(Set.of("globex")).matches(acme)).isFalse();
        assertThat(ActivityFilter.ALL.within(Set.of()).matches(acme)).isFalse();
        assertThat(ActivityFilter.ALL.within(Set.of("acme")).matches(legacy)).isFalse();
        // the other criteria still apply inside the accounts
        assertThat(filter(Set.of(ActivityStatus.BLOCKED), null, null, null).within(Set.of("acme")).matches(acme))
                .isFalse();
    }

    @Test
    void theCreationWindowIsHalfOpen() {
        assertThat(window(T0, T0.plusSeconds(1)).matches(queued)).isTrue();
        assertThat(window(T0.minusSeconds(1), T0).matches(queued)).isFalse();
        assertThat(window(T0.plusSeconds(1), null).matches(queued)).isFalse();
    }

    private static ActivityFilter filter(Set<ActivityStatus> statuses, String computer, String creator, String text) {
        return new ActivityFilter(statuses, null, null, computer, null, creator, null, null, text);
    }

    private static ActivityFilter window(java.time.Instant after, java.time.Instant before) {
        return new ActivityFilter(Set.of(), null, null, null, null, null, after, before, null);
    }
}
