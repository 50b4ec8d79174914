package io.activityplatform.jobs.execution;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.handler.JobContext;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * The {@link JobContext} of one execution. Output lines are buffered and sent with the next percent (or when
 * the buffer fills), each send with the next sequence number, continuing after whatever the activity already
 * reported (a resumed execution must not repeat a sequence the fold has applied). Once stopped, nothing is sent.
 */
final class ExecutionContext implements JobContext {

    /** Sends one progress chunk; blocking, on the handler's thread, so chunks stay in order. */
    interface ProgressSink {
        void send(ActivityState activity, Integer percent, String output, long sequence);
    }

    private static final Logger LOG = Logger.getLogger(ExecutionContext.class);
    private static final int FLUSH_CHARS = 4096;
    /** Output kept while reports cannot be published. */
    static final int MAX_BUFFERED_CHARS = 256 * 1024;
    static final String DROPPED = "[... output dropped while the event log was unavailable]\n";

    private final ActivityState activity;
    private final Clock clock;
    private final ProgressSink sink;
    private final StringBuilder buffer = new StringBuilder();
    private final List<Runnable> stopHooks = new CopyOnWriteArrayList<>();
    private long sequence;
    private volatile boolean stopped;

    ExecutionContext(ActivityState activity, Clock clock, ProgressSink sink) {
        this.activity = activity;
        this.clock = clock;
        this.sink = sink;
        this.sequence = activity.outputSequence();
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
    public synchronized void log(String line) {
        buffer.append(line).append('\n');
        if (buffer.length() >= FLUSH_CHARS) {
            send(null);
        }
    }

    @Override
    public synchronized void progress(int percent) {
        send(Math.max(0, Math.min(100, percent)));
    }

    /** Sends what is still buffered; the runner calls it before the final status. */
    synchronized void flush() {
        if (buffer.length() > 0) {
            send(null);
        }
    }

    @Override
    public boolean stopped() {
        return stopped;
    }

    @Override
    public void onStop(Runnable hook) {
        stopHooks.add(hook);
        if (stopped) {
            runHook(hook);
        }
    }

    void stop() {
        stopped = true;
        stopHooks.forEach(this::runHook);
    }

    /**
     * A report that cannot be published (the broker restarting) never fails the handler: its output stays
     * buffered (bounded, oldest dropped with a marker) and goes out with the next report or the final flush,
     * under the sequence number it would have had; its percent is superseded by the next one.
     */
    private void send(Integer percent) {
        if (stopped) {
            return;
        }
        long next = sequence + 1;
        try {
            sink.send(activity, percent, buffer.length() == 0 ? null : buffer.toString(), next);
        } catch (RuntimeException e) {
            LOG.warnf("Progress of activity %s not published (%s); its output goes out with the next report",
                    activity.id(), e.getMessage());
            bound();
            return;
        }
        sequence = next;
        buffer.setLength(0);
    }

    private void bound() {
        if (buffer.length() > MAX_BUFFERED_CHARS) {
            buffer.delete(0, buffer.length() - MAX_BUFFERED_CHARS / 2);
            buffer.insert(0, DROPPED);
        }
    }

    private void runHook(Runnable hook) {
        try {
            hook.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "A stop hook of activity %s failed", activity.id());
        }
    }
}
