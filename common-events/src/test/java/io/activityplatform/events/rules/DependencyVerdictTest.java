package io.activityplatform.events.rules;

import static io.activityplatform.events.rules.DependencyRule.Verdict.FAILED;
import static io.activityplatform.events.rules.DependencyRule.Verdict.PENDING;
import static io.activityplatform.events.rules.DependencyRule.Verdict.SATISFIED;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DependencyVerdictTest {

    private static final UUID AWAITED = UUID.randomUUID();

    @Test
    void untilSucceededIsSatisfiedOnlyBySuccessAndFailsOnAnyOtherEnd() {
        WaitCondition c = new WaitCondition(AWAITED, WaitCondition.Until.SUCCEEDED, null);

        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.SUCCEEDED, null))).isEqualTo(SATISFIED);
        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.FAILED, null))).isEqualTo(FAILED);
        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.CANCELED, null))).isEqualTo(FAILED);
        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.IN_PROGRESS, null))).isEqualTo(PENDING);
        assertThat(DependencyRule.verdict(c, null)).isEqualTo(PENDING);
    }

    @Test
    void untilFinishedIsSatisfiedByAnyFinalStatus() {
        WaitCondition c = new WaitCondition(AWAITED, WaitCondition.Until.FINISHED, null);

        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.CANCELED, null))).isEqualTo(SATISFIED);
        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.QUEUED, null))).isEqualTo(PENDING);
    }

    @Test
    void aProgressThresholdIsSatisfiedWhenReachedAndFailsWhenTheAwaitedEndsShortOfIt() {
        WaitCondition c = new WaitCondition(AWAITED, WaitCondition.Until.PROGRESS, 50);

        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.IN_PROGRESS, 49))).isEqualTo(PENDING);
        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.IN_PROGRESS, 50))).isEqualTo(SATISFIED);
        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.FAILED, 20))).isEqualTo(FAILED);
        assertThat(DependencyRule.verdict(c, awaited(ActivityStatus.SUCCEEDED, null))).isEqualTo(SATISFIED);
    }

    private static ActivityState awaited(ActivityStatus status, Integer percent) {
        ActivityState s = DeliveryRuleTest.state(status, null, null, null);
        return new ActivityState(s.id(), s.kind(), s.definition(), status, 2, s.createdAt(), s.createdBy(),
                s.updatedAt(), null, null, null, null, null, null, percent, "", 0, false, null, null, false, false,
                false);
    }
}
