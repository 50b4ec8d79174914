package io.activityplatform.jobs.execution;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.jobs.handler.JobContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * The {@link JobContext} of one execution. Reports are coalesced (issue 11): a percent is not sent at once but
 * within {@link #COALESCE}, together with the output buffered meanwhile and superseded by any later percent;
 * what is pending when the handler ends goes out in one report before the final status. Output is also sent
 * when the buffer fills. Each send takes the next sequence number, continuing after whatever the activity
 * already reported (a resumed execution must not repeat a sequence the fold has applied). The handler never
 * waits for the log: sends run on the report timer, except a full buffer and the final flush. Once stopped,
 * nothing is sent.
 */
final class ExecutionContext implements JobContext {

    /** Sends one progress chunk; blocking, under the context's lock, so chunks stay in order. */
    interface ProgressSink {
        void send(ActivityState activity, Integer percent, String output, long sequence);
    }

    /** Runs a task once after a delay (the runner's report timer; a test runs it by hand). */
    interface ReportTimer {
        void schedule(Runnable task, Duration delay);
    }

    /** How long a percent may wait for later reports to join it. */
    static final Duration COALESCE = Duration.ofMillis(250);

    private static final Logger LOG = Logger.getLogger(ExecutionContext.class);
    private static final int FLUSH_CHARS = 4096;
    /** Output kept while reports cannot be published. */
    static final int MAX_BUFFERED_CHARS = 256 * 1024;
    static final String DROPPED = "[... output dropped while the event log was unavailable]\n";

    private final ActivityState activity;
    private final Clock clock;
    private final ProgressSink sink;
    private final ReportTimer timer;
    private final StringBuilder buffer = new StringBuilder();
    private Integer pendingPercent;
    private boolean timerSet;
    private final List<Runnable> stopHooks = new CopyOnWriteArrayList<>();
    private long sequence;
    private volatile boolean stopped;

    ExecutionContext(ActivityState activity, Clock clock, ProgressSink sink, ReportTimer timer) {
        this.activity = activity;
        this.clock = clock;
        this.sink = sink;
        this.timer = timer;
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
            send();
        }
    }

    @Override
    public synchronized void progress(int percent) {
        pendingPercent = Math.max(0, Math.min(100, percent));
        if (!timerSet && !stopped) {
            timerSet = true;
            timer.schedule(this::sendPending, COALESCE);
        }
    }

    /** Sends what is still pending, percent and output in one report; the runner calls it before the final status. */
    synchronized void flush() {
        send();
    }

    private synchronized void sendPending() {
        timerSet = false;
        send();
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
     * under the sequence number it would have had; so does its percent, unless a later one supersedes it.
     */
    private void send() {
        if (stopped || (pendingPercent == null && buffer.length() == 0)) {
            return;
        }
        long next = sequence + 1;
        try {
            sink.send(activity, pendingPercent, buffer.length() == 0 ? null : buffer.toString(), next);
        } catch (RuntimeException e) {
            LOG.warnf("Progress of activity %s not published (%s); its output goes out with the next report",
                    activity.id(), e.getMessage());
            bound();
            return;
        }
        sequence = next;
        pendingPercent = null;
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
