package io.activityplatform.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The local stack's last word: it says "ready" only when every started service's {@code /q/health/ready} is UP.
 * Otherwise it names each service that is not, with the checks that are DOWN and their data (the why), and
 * keeps watching: it reports every change and says ready once all are UP. A service's first 200 during
 * startup is not enough, since readiness can drop right after (a broken projection, a lost database).
 */
final class ReadinessGate {

    private ReadinessGate() {
    }

    interface Probe {
        Readiness check(ServiceLauncher.Service service);
    }

    /** Checks until all are UP or {@code settle} has passed, then reports; afterwards keeps reporting changes. */
    static void watch(List<ServiceLauncher.Service> services, Duration settle, Duration every, PrintStream out)
            throws InterruptedException {
        watch(services, settle, every, out, s -> Readiness.of(s.name(), s.url()), Long.MAX_VALUE);
    }

    /** As above, with the probe and the number of rounds after the first report given (for tests). */
    static String watch(List<ServiceLauncher.Service> services, Duration settle, Duration every, PrintStream out,
            Probe probe, long roundsAfter) throws InterruptedException {
        long deadline = System.nanoTime() + settle.toNanos();
        List<Readiness> state = check(services, probe);
        while (!allUp(state) && System.nanoTime() < deadline) {
            Thread.sleep(every.toMillis()); // polling a remote service's health: waiting is the point
            state = check(services, probe);
        }
        String last = report(state);
        out.println(last);
        for (long round = 0; round < roundsAfter; round++) {
            Thread.sleep(every.toMillis());
            String now = report(check(services, probe));
            if (!now.equals(last)) {
                out.println(now);
                last = now;
            }
        }
        return last;
    }

    static List<Readiness> check(List<ServiceLauncher.Service> services, Probe probe) {
        return services.stream().map(probe::check).toList();
    }

    static boolean allUp(List<Readiness> state) {
        return !state.isEmpty() && state.stream().allMatch(Readiness::up);
    }

    static String report(List<Readiness> state) {
        if (state.isEmpty()) {
            return "NOT READY: no service was started (are they packaged?). Press Ctrl-C to stop.";
        }
        if (allUp(state)) {
            return "Ready: every service's /q/health/ready is UP ("
                    + String.join(", ", state.stream().map(Readiness::service).toList()) + "). Press Ctrl-C to stop.";
        }
        StringBuilder text = new StringBuilder("NOT READY: these services' readiness checks are not UP"
                + " (still watching; see their logs in the data directory):\n");
        state.stream().filter(r -> !r.up()).forEach(r -> text.append("  ").append(r.describe()).append('\n'));
        return text.append("Press Ctrl-C to stop.").toString();
    }
}
