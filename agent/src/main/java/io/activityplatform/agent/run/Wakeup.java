package io.activityplatform.agent.run;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets a finished operation cut the wait between exchanges short, so its result goes out at once. */
public final class Wakeup {

    private final Semaphore signals = new Semaphore(0);

    public void signal() {
        signals.release();
    }

    /** Waits up to {@code max}; true when signalled (all pending signals are consumed). */
    public boolean await(Duration max) throws InterruptedException {
        // nanoseconds: a wait truncated to milliseconds ends up to 1 ms early, and the loop pinged in that gap
        boolean signalled = signals.tryAcquire(Math.max(0, TimeUnit.NANOSECONDS.convert(max)), TimeUnit.NANOSECONDS);
        signals.drainPermits();
        return signalled;
    }
}
