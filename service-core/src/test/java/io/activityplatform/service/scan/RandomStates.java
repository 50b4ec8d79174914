package io.activityplatform.service.scan;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random activity states for pre-filter property tests: every status and kind, and every time a few seconds
 * around {@code now}, exactly on it included, so the boundary convention is exercised on both sides.
 */
public final class RandomStates {

    public static final List<Actor> CLAIMERS = List.of(Actor.service("job-handler"), Actor.service("message-system"),
            Actor.user("alice"));

    private final Random random;
    private final Instant now;

    public RandomStates(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /** {@code count} states; about half of the waiting ones wait for another state of the population. */
    public List<ActivityState> population(int count) {
        List<ActivityState> states = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID awaited = states.isEmpty() || random.nextInt(3) == 0 ? maybe(UUID.randomUUID())
                    : states.get(random.nextInt(states.size())).id();
            states.add(state(awaited));
        }
        return states;
    }

    private ActivityState state(UUID awaited) {
        ActivityKind kind = pick(ActivityKind.values());
        ActivityStatus status = pick(ActivityStatus.values());
        boolean client = kind == ActivityKind.CLIENT;
        WaitCondition waitFor = random.nextInt(5) == 0 ? null
                : new WaitCondition(awaited, maybe(pick(WaitCondition.Until.values())), maybe(random.nextInt(101)));
        ActivityDefinition definition = new ActivityDefinition(client ? "ExecuteScriptRequest"
                : "GenerateUsgReportActivity", client ? "c" + random.nextInt(2) : null, null, null, Map.of(),
                maybe(around()), maybe(around()), client ? maybe(random.nextInt(3) * 2) : null, waitFor, null,
                maybe(1 + random.nextInt(4)), 1, null, null);
        boolean started = status == ActivityStatus.IN_PROGRESS || (status.isFinal() && random.nextBoolean());
        Instant since = started ? now.minusSeconds(random.nextInt(8)) : null;
        Instant created = now.minusSeconds(random.nextInt(20));
        Actor creator = Actor.user("alice");
        return new ActivityState(UUID.randomUUID(), kind, definition, status, 1 + random.nextInt(3), created, creator,
                created, "random", creator, since, started ? UUID.randomUUID() : null,
                started ? pick(CLAIMERS.toArray(Actor[]::new)) : null, status.isFinal() ? now : null,
                maybe(random.nextInt(101)), "", 0, false, null, null, false, false, false);
    }

    private Instant around() {
        return now.plusSeconds(random.nextInt(7) - 3);
    }

    private <T> T maybe(T value) {
        return random.nextInt(4) == 0 ? null : value;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
