package io.activityplatform.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bench.profile}: a Java Flight Recording ({@code settings=profile}: method samples every 10 ms,
 * allocations, locks) of every service JVM over each measured throughput phase, so a phase's CPU per process
 * ({@link StackMeter}) can be followed into the methods that spend it. Recordings go to
 * {@code <dir>/<phase>-<service>-<pid>.jfr}; read them with {@code jfr print} or, on a JDK 21+,
 * {@code jfr view hot-methods}.
 */
final class FlightRecordings {

    static final String NAME = "bench-phase";

    private final Path dir;
    private final Map<String, Supplier<List<Long>>> services;
    private final Map<Long, String> recording = new LinkedHashMap<>();

    /** @param services per service, the roots of its replicas' processes (read at each start: replicas restart) */
    FlightRecordings(Path dir, Map<String, Supplier<List<Long>>> services) {
        this.dir = dir;
        this.services = Map.copyOf(services);
    }

    /** Starts a recording in every service JVM; those that refuse are left out of {@link #stop}. */
    void start() {
        recording.clear();
        services.forEach((service, roots) -> {
            for (long pid : Jcmd.javaProcesses(roots.get())) {
                if (Jcmd.run(pid, dir.resolve("jfr-start-" + pid + ".txt"), "JFR.start", "name=" + NAME,
                        "settings=profile")) {
                    recording.put(pid, service);
                }
            }
        });
    }

    /** Stops the recordings {@link #start} began and writes them; @return the files written. */
    List<Path> stop(String phase) {
        String slug = phase.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        List<Path> files = new ArrayList<>();
        recording.forEach((pid, service) -> {
            Path file = dir.resolve(slug + "-" + service + "-" + pid + ".jfr");
            if (Jcmd.run(pid, dir.resolve("jfr-stop-" + pid + ".txt"), "JFR.stop", "name=" + NAME,
                    "filename=" + file)) {
                files.add(file);
            }
        });
        recording.clear();
        return List.copyOf(files);
    }
}
