package io.activityplatform.events.status;

import static io.activityplatform.events.status.ActivityStatus.BLOCKED;
import static io.activityplatform.events.status.ActivityStatus.CANCELED;
import static io.activityplatform.events.status.ActivityStatus.FAILED;
import static io.activityplatform.events.status.ActivityStatus.IN_PROGRESS;
import static io.activityplatform.events.status.ActivityStatus.QUEUED;
import static io.activityplatform.events.status.ActivityStatus.SCHEDULED;
import static io.activityplatform.events.status.ActivityStatus.SUCCEEDED;
import static io.activityplatform.events.status.ActivityStatus.WAITING;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The two transition tables of seed 000/001, exactly. They differ in one cell only: a server activity may go
 * from SCHEDULED to QUEUED (the job-handler promotes it into its queue when due), a client activity may not
 * (the message-system delivers a due SCHEDULED activity straight to IN_PROGRESS).
 */
public final class ActivityStateMachine {

    private static final Map<ActivityKind, Map<ActivityStatus, Set<ActivityStatus>>> TABLES =
            new EnumMap<>(ActivityKind.class);

    static {
        Map<ActivityStatus, Set<ActivityStatus>> client = new EnumMap<>(ActivityStatus.class);
        client.put(QUEUED, EnumSet.of(IN_PROGRESS, CANCELED, BLOCKED));
        client.put(SCHEDULED, EnumSet.of(IN_PROGRESS, CANCELED));
        client.put(WAITING, EnumSet.of(QUEUED, IN_PROGRESS, CANCELED));
        client.put(BLOCKED, EnumSet.of(QUEUED, CANCELED, WAITING));
        client.put(IN_PROGRESS, EnumSet.of(FAILED, SUCCEEDED, CANCELED));
        client.put(SUCCEEDED, EnumSet.noneOf(ActivityStatus.class));
        client.put(FAILED, EnumSet.noneOf(ActivityStatus.class));
        client.put(CANCELED, EnumSet.noneOf(ActivityStatus.class));

        Map<ActivityStatus, Set<ActivityStatus>> server = new EnumMap<>(client);
        server.put(SCHEDULED, EnumSet.of(QUEUED, IN_PROGRESS, CANCELED));

        TABLES.put(ActivityKind.CLIENT, freeze(client));
        TABLES.put(ActivityKind.SERVER, freeze(server));
    }

    private ActivityStateMachine() {
    }

    public static boolean isAllowed(ActivityKind kind, ActivityStatus from, ActivityStatus to) {
        return TABLES.get(kind).get(from).contains(to);
    }

    /** The statuses an activity of this kind may move to from {@code from}; empty for final statuses. */
    public static Set<ActivityStatus> allowedTargets(ActivityKind kind, ActivityStatus from) {
        return TABLES.get(kind).get(from);
    }

    private static Map<ActivityStatus, Set<ActivityStatus>> freeze(Map<ActivityStatus, Set<ActivityStatus>> table) {
        Map<ActivityStatus, Set<ActivityStatus>> frozen = new EnumMap<>(ActivityStatus.class);
        table.forEach((from, targets) -> frozen.put(from, Collections.unmodifiableSet(EnumSet.copyOf(targets))));
        return Collections.unmodifiableMap(frozen);
    }
}
