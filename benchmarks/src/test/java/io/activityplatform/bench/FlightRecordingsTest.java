package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench.profile: a phase's recording of each service JVM, named after the phase and service; nothing for others. */
class FlightRecordingsTest {

    @TempDir
    Path dir;

    @Test
    void recordsAJavaProcessOverAPhase() throws Exception {
        long self = ProcessHandle.current().pid();
        FlightRecordings recordings = new FlightRecordings(dir, Map.of("job-handler", () -> List.of(self)));

        recordings.start();
        burn();
        List<Path> files = recordings.stop("platform, no-op (warm)");

        Path expected = dir.resolve("platform-no-op-warm-job-handler-" + self + ".jfr");
        assertThat(files).containsExactly(expected);
        assertThat(RecordingFile.readAllEvents(expected)).isNotEmpty()
                .anyMatch(e -> e.getEventType().getName().equals("jdk.ExecutionSample"));
    }

    @Test
    void leavesOutWhatIsNotJavaAndStopsOnlyWhatItStarted() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            FlightRecordings recordings = new FlightRecordings(dir,
                    Map.of("message-system", () -> List.of(sleeper.pid(), Long.MAX_VALUE)));
            recordings.start();
            assertThat(recordings.stop("phase")).isEmpty();
            // a stop without a start writes nothing either
            assertThat(recordings.stop("phase")).isEmpty();
        } finally {
            sleeper.destroy();
        }
        try (var left = Files.list(dir)) {
            assertThat(left).noneMatch(p -> p.toString().endsWith(".jfr"));
        }
    }

    @Test
    void profilingIsOffUnlessAsked() {
        assertThat(BenchOptions.from(Map.of()).profile()).isFalse();
        assertThat(BenchOptions.from(Map.of("bench.profile", "true")).profile()).isTrue();
    }

    /** Enough work in this thread for a method sample (every 10 ms under settings=profile). */
    private static void burn() {
        long until = System.nanoTime() + 300_000_000L;
        double x = 0;
        while (System.nanoTime() < until) {
            x += Math.sqrt(x + 1);
        }
        assertThat(x).isPositive();
    }
}
