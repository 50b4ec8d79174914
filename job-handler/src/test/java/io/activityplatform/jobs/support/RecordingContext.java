package io.activityplatform.jobs.support;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.service.time.MutableClock;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link JobContext} for unit tests of handlers: records output and progress, stops on request. */
public final class RecordingContext implements JobContext {

    public final List<String> lines = new CopyOnWriteArrayList<>();
    public final List<Integer> percents = new CopyOnWriteArrayList<>();
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();
    private final ActivityState activity;
    private final MutableClock clock;
    private volatile boolean stopped;

    public RecordingContext(String type, Map<String, Object> parameters, MutableClock clock) {
        this.activity = ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), UUID.randomUUID(),
                clock.instant(), Actor.user("test"), "test", ActivityDefinition.of(type, null, parameters),
                ActivityStatus.QUEUED)).state();
        this.clock = clock;
    }

    @Override
    public ActivityState activity() {
        return activity;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void log(String line) {
        lines.add(line);
    }

    @Override
    public void progress(int percent) {
        percents.add(percent);
    }

    @Override
    public boolean stopped() {
        return stopped;
    }

    @Override
    public void onStop(Runnable hook) {
        hooks.add(hook);
        if (stopped) {
            hook.run();
        }
    }

    public void stop() {
        stopped = true;
        hooks.forEach(Runnable::run);
    }
}
