package io.activityplatform.jobs.handler;

import io.activityplatform.events.fold.ActivityState;
import java.time.Clock;
import java.util.Map;

/** What a running handler sees of the platform: its activity, the clock, progress reporting, stop signals. */
public interface JobContext {

    /** The activity as the view held it when the execution started (claimed or resumed). */
    ActivityState activity();

    default Map<String, Object> parameters() {
        return activity().definition().parameters();
    }

    /** The platform clock: every time a handler computes comes from here. */
    Clock clock();

    /** Appends a line of output; buffered and sent with the next progress report (or at the end). */
    void log(String line);

    /** Reports the percent done (0..100) together with the buffered output. Ignored once stopped. */
    void progress(int percent);

    /** True once the activity was canceled, timed out or this process is shutting down: stop, emit nothing. */
    boolean stopped();

    /** Throws {@link InterruptedException} when stopped: a convenient checkpoint between steps. */
    default void checkpoint() throws InterruptedException {
        if (stopped() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("execution of " + activity().id() + " was stopped");
        }
    }

    /** Runs {@code hook} when the execution is stopped (at once if it already is), e.g. to kill a process. */
    void onStop(Runnable hook);
}
