package io.activityplatform.jobs.execution;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.handler.JobHandler;
import java.time.Instant;
import java.util.UUID;

/**
 * One execution in this process. Stopping it flags the context (the handler stops cooperatively and nothing
 * more is emitted), runs its stop hooks and interrupts the worker thread, but only while the handler itself
 * runs: the runner's own bookkeeping is never interrupted.
 */
public final class RunningJob {

    private final ActivityState activity;
    private final UUID claimEventId;
    private final JobHandler handler;
    private final ExecutionContext context;
    private final Instant startedAt;
    private Thread handlerThread;
    private volatile String stopReason;

    RunningJob(ActivityState activity, UUID claimEventId, JobHandler handler, ExecutionContext context,
            Instant startedAt) {
        this.activity = activity;
        this.claimEventId = claimEventId;
        this.handler = handler;
        this.context = context;
        this.startedAt = startedAt;
    }

    public UUID activityId() {
        return activity.id();
    }

    /** The account (tenant) owning the activity, for scoping the admin view. */
    public String accountId() {
        return activity.accountId();
    }

    public String type() {
        return activity.type();
    }

    public UUID claimEventId() {
        return claimEventId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Why it was stopped, or null while it may still finish normally. */
    public String stopReason() {
        return stopReason;
    }

    ActivityState activity() {
        return activity;
    }

    JobHandler handler() {
        return handler;
    }

    ExecutionContext context() {
        return context;
    }

    /** Interrupts the handler cooperatively; idempotent. */
    public void stop(String reason) {
        if (stopReason != null) {
            return;
        }
        stopReason = reason;
        context.stop();
        synchronized (this) {
            if (handlerThread != null) {
                handlerThread.interrupt();
            }
        }
    }

    synchronized void enterHandler() {
        handlerThread = Thread.currentThread();
    }

    synchronized void leaveHandler() {
        handlerThread = null;
        // A stop that raced the handler's return must not leak into the runner's bookkeeping.
        Thread.interrupted();
    }
}
