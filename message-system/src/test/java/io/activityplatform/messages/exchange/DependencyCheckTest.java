package io.activityplatform.messages.exchange;

import static io.activityplatform.messages.exchange.DependencyCheck.Verdict.FAILED;
import static io.activityplatform.messages.exchange.DependencyCheck.Verdict.PENDING;
import static io.activityplatform.messages.exchange.DependencyCheck.Verdict.SATISFIED;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DependencyCheckTest {

    private static final UUID AWAITED = UUID.randomUUID();

    @Test
    void untilSucceededIsSatisfiedOnlyBySuccessAndFailsOnAnyOtherEnd() {
        WaitCondition c = new WaitCondition(AWAITED, WaitCondition.Until.SUCCEEDED, null);

        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.SUCCEEDED, null))).isEqualTo(SATISFIED);
        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.FAILED, null))).isEqualTo(FAILED);
        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.CANCELED, null))).isEqualTo(FAILED);
        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.IN_PROGRESS, null))).isEqualTo(PENDING);
        assertThat(DependencyCheck.evaluate(c, null)).isEqualTo(PENDING);
    }

    @Test
    void untilFinishedIsSatisfiedByAnyFinalStatus() {
        WaitCondition c = new WaitCondition(AWAITED, WaitCondition.Until.FINISHED, null);

        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.CANCELED, null))).isEqualTo(SATISFIED);
        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.QUEUED, null))).isEqualTo(PENDING);
    }

    @Test
    void aProgressThresholdIsSatisfiedWhenReachedAndFailsWhenTheAwaitedEndsShortOfIt() {
        WaitCondition c = new WaitCondition(AWAITED, WaitCondition.Until.PROGRESS, 50);

        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.IN_PROGRESS, 49))).isEqualTo(PENDING);
        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.IN_PROGRESS, 50))).isEqualTo(SATISFIED);
        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.FAILED, 20))).isEqualTo(FAILED);
        assertThat(DependencyCheck.evaluate(c, awaited(ActivityStatus.SUCCEEDED, null))).isEqualTo(SATISFIED);
    }

    private static ActivityState awaited(ActivityStatus status, Integer percent) {
        ActivityState s = DeliveryPolicyTest.state(status, null, null, null);
        return new ActivityState(s.id(), s.kind(), s.definition(), status, 2, s.createdAt(), s.createdBy(),
                s.updatedAt(), null, null, null, null, null, null, percent, "", 0, false, null, null, false, false,
                false);
    }
}
