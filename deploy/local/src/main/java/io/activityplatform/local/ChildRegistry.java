package io.activityplatform.local;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Children still running in this JVM, newest first. One JVM shutdown hook stops them in reverse start order
 * (services, then PostgreSQL, then Kafka); a single hook because JVM hooks run concurrently and would
 * otherwise race. Actions registered with {@link #afterShutdown} run once every child is gone.
 */
final class ChildRegistry {

    private static final Deque<ChildProcess> RUNNING = new ArrayDeque<>();
    private static final List<Runnable> AFTER_SHUTDOWN = new ArrayList<>();
    private static boolean hookInstalled;
    private static volatile boolean announceStops;

    private ChildRegistry() {
    }

    static synchronized void register(ChildProcess child) {
        if (!hookInstalled) {
            // The Thread subclass is instantiated now so its class is loaded before any class loader closes.
            Runtime.getRuntime().addShutdownHook(new Hook());
            hookInstalled = true;
        }
        RUNNING.push(child);
    }

    static synchronized void unregister(ChildProcess child) {
        RUNNING.remove(child);
    }

    /** Print "Stopping X" for each child (the local stack wants it; test output does not). */
    static void announceStops(boolean announce) {
        announceStops = announce;
    }

    static synchronized void afterShutdown(Runnable action) {
        AFTER_SHUTDOWN.add(action);
    }

    /** Stops every running child, newest first. */
    static void stopAll() {
        while (true) {
            ChildProcess next;
            synchronized (ChildRegistry.class) {
                next = RUNNING.peekFirst();
            }
            if (next == null) {
                return;
            }
            if (announceStops) {
                System.out.println("Stopping " + next.name() + " ...");
            }
            next.stop(); // unregisters itself
            synchronized (ChildRegistry.class) {
                RUNNING.remove(next); // in case stop() was already done elsewhere
            }
        }
    }

    private static final class Hook extends Thread {
        Hook() {
            super("local-infra-shutdown");
        }

        @Override
        public void run() {
            stopAll();
            List<Runnable> actions;
            synchronized (ChildRegistry.class) {
                actions = new ArrayList<>(AFTER_SHUTDOWN);
            }
            for (Runnable action : actions) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    System.err.println("local-infra shutdown action failed: " + e);
                }
            }
        }
    }
}
