package io.activityplatform.api.service;

import io.activityplatform.events.fold.ActivityState;
import java.util.List;

/**
 * What a create request led to, in the plan's order of activities.
 *
 * @param states the activities as the view now holds them; empty when {@link Kind#ACCEPTED}
 */
public record CreateOutcome(Kind kind, CreationPlan plan, List<ActivityState> states) {

    public enum Kind {
        /** Published and visible in the view: 201. */
        CREATED,
        /** The same request was made before (same id or Idempotency-Key): 200 with what exists, nothing new. */
        REPLAYED,
        /** Published, but the view did not show it within the read-your-writes bound: 202. */
        ACCEPTED
    }
}
