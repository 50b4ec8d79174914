package io.activityplatform.events.rules;

import static io.activityplatform.events.rules.States.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    @Test
    void aCandidateThatMakesTheRuleThrowIsSkippedAndTheOthersAreDecided() {
        ActivityState first = States.created(States.server(null, null, null, null), ActivityStatus.SCHEDULED).get();
        ActivityState poison = States.created(States.server(null, null, null, null), ActivityStatus.SCHEDULED).get();
        ActivityState last = States.created(States.server(null, null, null, null), ActivityStatus.SCHEDULED).get();
        List<ActivityState> failed = new ArrayList<>();

        List<Reaction> decided = Decisions.decide(List.of(first, poison, last), state -> {
            if (state == poison) {
                throw new IllegalStateException("a state no rule foresaw");
            }
            return ScheduleRule.evaluate(state, T0);
        }, (state, error) -> failed.add(state));

        assertThat(decided).extracting(Reaction::activityId).containsExactly(first.id(), last.id());
        assertThat(failed).containsExactly(poison);
    }

    @Test
    void emptyDecisionsAreNotCollected() {
        ActivityState queued = States.created(States.server(null, null, null, null), ActivityStatus.QUEUED).get();

        assertThat(Decisions.decide(List.of(queued), state -> Optional.<Reaction>empty(), (s, e) -> { })).isEmpty();
    }
}
