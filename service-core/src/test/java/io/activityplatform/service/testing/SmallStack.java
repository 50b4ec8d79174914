package io.activityplatform.service.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on a thread with a small stack, what a busy event loop may have left: asynchronous steps that nest
 * one operator per item overflow it, and Mutiny would drop the error and leave the caller waiting forever.
 */
public final class SmallStack {

    public static final int BYTES = 256 * 1024;

    private SmallStack() {
    }

    /** The work's result, or what it threw (a {@link StackOverflowError} among others); null if it never ended. */
    public static Object run(Callable<?> work) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(work.call());
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", BYTES);
        small.start();
        small.join(60_000);
        return outcome.get();
    }
}
