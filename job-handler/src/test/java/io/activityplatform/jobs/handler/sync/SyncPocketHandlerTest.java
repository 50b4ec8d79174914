package io.activityplatform.jobs.handler.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.handler.Parameters;
import io.activityplatform.jobs.support.RecordingContext;
import io.activityplatform.service.time.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SyncPocketRequest with a configured command: output, progress, exit codes, the clock's time limit, stopping. */
class SyncPocketHandlerTest {

    private static final Map<String, Object> NOBLE_UPDATES = Map.of("distribution", "ubuntu", "series", "noble",
            "pocket", "updates", "components", List.of("main", "universe"));

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

    private static SyncPocketHandler handler(Optional<List<String>> command, Duration timeLimit) {
        return new SyncPocketHandler(new Config(command, timeLimit));
    }

    private static Optional<List<String>> shell(String script) {
        return Optional.of(List.of("sh", "-c", script));
    }

    @Test
    void runsTheConfiguredCommandWithTheParametersSubstitutedAndReportsItsProgress() throws Exception {
        RecordingContext context = new RecordingContext("SyncPocketRequest", NOBLE_UPDATES, clock);
        SyncPocketHandler handler = handler(Optional.of(List.of("sh", "-c",
                "echo syncing $SYNC_DISTRIBUTION {series}-{pocket} [$SYNC_COMPONENTS]; echo PROGRESS 40; echo done",
                "sync")), Duration.ofMinutes(5));

        JobOutcome outcome = handler.execute(context);

        assertThat(outcome.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(outcome.result().text()).isEqualTo("synced ubuntu noble-updates");
        assertThat(context.lines).containsExactly("syncing ubuntu noble-updates [main,universe]", "done");
        assertThat(context.percents).containsExactly(40);
    }

    @Test
    void withoutAConfiguredCommandRunsTheLabelledSimulation() throws Exception {
        RecordingContext context = new RecordingContext("SyncPocketRequest", NOBLE_UPDATES, clock);

        JobOutcome outcome = handler(Optional.empty(), Duration.ofMinutes(5)).execute(context);

        assertThat(outcome.result().text()).startsWith("SIMULATION: ").contains("nothing was downloaded");
        assertThat(context.lines).allSatisfy(line -> assertThat(line).startsWith("[SIMULATION]"));
        assertThat(context.percents).containsExactly(25, 50, 75, 100);
    }

    @Test
    void aFailingCommandFailsTheActivityWithItsExitCode() throws Exception {
        RecordingContext context = new RecordingContext("SyncPocketRequest", NOBLE_UPDATES, clock);

        JobOutcome outcome = handler(shell("echo mirror unreachable; exit 3"), Duration.ofMinutes(5)).execute(context);

        assertThat(outcome.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(outcome.error().code()).isEqualTo(ErrorCodes.EXECUTION_FAILED);
        assertThat(outcome.result().code()).isEqualTo(3);
        assertThat(context.lines).containsExactly("mirror unreachable");
    }

    @Test
    void aCommandStillRunningAtTheTimeLimitIsKilled() throws Exception {
        RecordingContext context = new RecordingContext("SyncPocketRequest", NOBLE_UPDATES, clock);
        SyncPocketHandler handler = handler(shell("echo started; exec sleep 600"), Duration.ofMinutes(5));

        CompletableFuture<JobOutcome> run = CompletableFuture.supplyAsync(() -> execute(handler, context));
        await().atMost(Duration.ofSeconds(20)).until(() -> context.lines.contains("started"));
        clock.advance(Duration.ofMinutes(5));

        JobOutcome outcome = run.get(20, TimeUnit.SECONDS);
        assertThat(outcome.error().code()).isEqualTo(SyncPocketHandler.TIME_LIMIT_EXCEEDED);
    }

    @Test
    void stoppingTheExecutionKillsTheCommand() throws Exception {
        RecordingContext context = new RecordingContext("SyncPocketRequest", NOBLE_UPDATES, clock);
        SyncPocketHandler handler = handler(shell("echo started; exec sleep 600"), Duration.ofMinutes(5));

        CompletableFuture<JobOutcome> run = CompletableFuture.supplyAsync(() -> execute(handler, context));
        await().atMost(Duration.ofSeconds(20)).until(() -> context.lines.contains("started"));
        context.stop();

        assertThat(run.get(20, TimeUnit.SECONDS).status()).isEqualTo(ActivityStatus.FAILED);
    }

    @Test
    void missingParametersAreRejectedBeforeAnythingRuns() throws Exception {
        RecordingContext context = new RecordingContext("SyncPocketRequest", Map.of("distribution", "ubuntu"), clock);

        JobOutcome outcome = handler(shell("echo ran"), Duration.ofMinutes(5)).execute(context);

        assertThat(outcome.error().code()).isEqualTo(Parameters.INVALID_PARAMETERS);
        assertThat(outcome.error().message()).contains("parameters.series").contains("parameters.pocket");
        assertThat(context.lines).isEmpty();
    }

    private static JobOutcome execute(SyncPocketHandler handler, RecordingContext context) {
        try {
            return handler.execute(context);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only what SyncPocketHandler reads. */
    private record Config(Optional<List<String>> command, Duration timeLimit) implements JobsConfig {
        @Override
        public int concurrency() {
            return 1;
        }

        @Override
        public Duration scanInterval() {
            return Duration.ofSeconds(1);
        }

        @Override
        public int scanPageSize() {
            return 100;
        }

        @Override
        public Optional<java.nio.file.Path> executionLedger() {
            return Optional.empty();
        }

        @Override
        public Duration applyTimeout() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration heartbeatInterval() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration orphanAfter() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Path dataDirectory() {
            return Path.of("target").toAbsolutePath();
        }

        @Override
        public Archive archive() {
            return new Archive() {
                @Override
                public Path directory() {
                    return Path.of("target");
                }

                @Override
                public int batchSize() {
                    return 10;
                }
            };
        }

        @Override
        public SyncPocket syncPocket() {
            return new SyncPocket() {
                @Override
                public Optional<List<String>> command() {
                    return command;
                }

                @Override
                public Duration timeLimit() {
                    return timeLimit;
                }

                @Override
                public Duration simulationStep() {
                    return Duration.ZERO;
                }
            };
        }
    }
}
