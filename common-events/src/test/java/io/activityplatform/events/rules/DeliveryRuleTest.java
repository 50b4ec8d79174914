package io.activityplatform.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DeliveryRuleTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aQueuedActivityIsDueAtOnceAndAScheduledOneAtItsTime() {
        assertThat(DeliveryRule.isDue(state(ActivityStatus.QUEUED, null, null, null), T0)).isTrue();
        ActivityState scheduled = state(ActivityStatus.SCHEDULED, T0.plusSeconds(60), null, null);
        assertThat(DeliveryRule.isDue(scheduled, T0.plusSeconds(59))).isFalse();
        assertThat(DeliveryRule.isDue(scheduled, T0.plusSeconds(60))).isTrue();
    }

    @Test
    void nothingIsDueAtOrAfterItsDeliveryDeadlineOrOnceRunning() {
        assertThat(DeliveryRule.isDue(state(ActivityStatus.QUEUED, null, T0.plusSeconds(5), null),
                T0.plusSeconds(5))).isFalse();
        assertThat(DeliveryRule.isDue(state(ActivityStatus.IN_PROGRESS, null, null, null), T0)).isFalse();
        assertThat(DeliveryRule.isDue(state(ActivityStatus.BLOCKED, null, null, null), T0)).isFalse();
    }

    @Test
    void theDelayWindowSpreadsABatchDeterministicallyAcrossTheWindow() {
        var dues = IntStream.range(0, 500).mapToObj(i -> state(ActivityStatus.SCHEDULED, T0, null, 600))
                .map(DeliveryRule::dueAt).toList();

        assertThat(dues).allSatisfy(due -> assertThat(due).isBetween(T0, T0.plusSeconds(600)));
        assertThat(dues.stream().filter(d -> d.isBefore(T0.plusSeconds(300))).count()).isBetween(175L, 325L);
        ActivityState one = state(ActivityStatus.SCHEDULED, T0, null, 600);
        assertThat(DeliveryRule.dueAt(one)).isEqualTo(DeliveryRule.dueAt(one));
    }

    static ActivityState state(ActivityStatus status, Instant after, Instant before, Integer window) {
        ActivityDefinition d = new ActivityDefinition("ExecuteScriptRequest", "c1", null, null, Map.of(), after,
                before, window, null, null, null, 1, null, null);
        return new ActivityState(UUID.randomUUID(), ActivityKind.CLIENT, d, status, 1, T0, Actor.user("u"), T0,
                "created", Actor.user("u"), null, null, null, null, null, "", 0, false, null, null, false, false,
                false);
    }
}
