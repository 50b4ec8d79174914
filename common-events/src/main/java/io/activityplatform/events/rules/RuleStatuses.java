package io.activityplatform.events.rules;

import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.events.status.ActivityStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The statuses each rule may act on, derived from the transition tables and {@link ActivityStatus}, never
 * written out by hand. Services build their SQL pre-filters from these ({@code status = any($n)}).
 */
public final class RuleStatuses {

    private RuleStatuses() {
    }

    /** Not started yet and still able to start: the table allows {@code status → IN_PROGRESS}. BLOCKED is not. */
    public static Set<ActivityStatus> startable(ActivityKind kind) {
        Set<ActivityStatus> startable = EnumSet.noneOf(ActivityStatus.class);
        for (ActivityStatus status : ActivityStatus.values()) {
            if (status.isPending() && ActivityStateMachine.isAllowed(kind, status, ActivityStatus.IN_PROGRESS)) {
                startable.add(status);
            }
        }
        return startable;
    }

    /** The final statuses (SUCCEEDED, FAILED, CANCELED). */
    public static Set<ActivityStatus> finals() {
        Set<ActivityStatus> finals = EnumSet.noneOf(ActivityStatus.class);
        Arrays.stream(ActivityStatus.values()).filter(ActivityStatus::isFinal).forEach(finals::add);
        return finals;
    }

    /**
     * Status names as a SQL list of literals ({@code 'QUEUED', 'SCHEDULED', 'WAITING'}), sorted: for a query
     * served by a partial index whose predicate lists the same statuses. A parameter ({@code = any($1)}) would
     * keep a generic plan from proving the index's predicate; a literal list matches it in every plan.
     */
    public static String sqlList(Set<ActivityStatus> statuses) {
        return String.join(", ", Arrays.stream(names(statuses)).map(name -> "'" + name + "'").toList());
    }

    /** Status names for a SQL array parameter. */
    public static String[] names(Set<ActivityStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
