package io.activityplatform.events.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import org.junit.jupiter.api.Test;

class RuleStatusesTest {

    @Test
    void startableIsWhatTheTableLetsMoveToInProgress() {
        for (ActivityKind kind : ActivityKind.values()) {
            assertThat(RuleStatuses.startable(kind))
                    .containsExactlyInAnyOrder(ActivityStatus.QUEUED, ActivityStatus.SCHEDULED, ActivityStatus.WAITING);
        }
    }

    @Test
    void aSqlListQuotesEachNameInTheSameOrderAsTheArrayParameter() {
        assertThat(RuleStatuses.sqlList(RuleStatuses.startable(ActivityKind.SERVER)))
                .isEqualTo("'QUEUED', 'SCHEDULED', 'WAITING'");
        assertThat(RuleStatuses.sqlList(RuleStatuses.finals())).isEqualTo("'CANCELED', 'FAILED', 'SUCCEEDED'");
    }

    @Test
    void namesAreSqlReady() {
        assertThat(RuleStatuses.names(RuleStatuses.finals())).containsExactly("CANCELED", "FAILED", "SUCCEEDED");
    }
}
