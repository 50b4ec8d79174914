package io.activityplatform.jobs.handler.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.handler.Parameters;
import io.activityplatform.jobs.support.RecordingContext;
import io.activityplatform.service.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncCommandTest {

    private static Parameters parameters(Map<String, Object> values) {
        return Parameters.validate(io.activityplatform.events.type.ActivityType.SYNC_POCKET_REQUEST,
                new RecordingContext("SyncPocketRequest", values, new MutableClock(Instant.EPOCH))).parameters();
    }

    private static JobsConfig.SyncPocket config(Optional<List<String>> command) {
        return new JobsConfig.SyncPocket() {
            @Override
            public Optional<List<String>> command() {
                return command;
            }

            @Override
            public Duration timeLimit() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration simulationStep() {
                return Duration.ofMillis(250);
            }
        };
    }

    @Test
    void substitutesEveryPlaceholderAndExportsTheParameters() {
        SyncCommand command = SyncCommand.of(config(Optional.of(List.of("mirror-sync", "--archive={distribution}",
                "{series}-{pocket}", "--components={components}", "--from={mirrorUri}"))),
                parameters(Map.of("distribution", "ubuntu", "series", "noble", "pocket", "security",
                        "components", List.of("main", "restricted"), "mirrorUri", "https://archive.example/ubuntu")));

        assertThat(command.simulation()).isFalse();
        assertThat(command.command()).containsExactly("mirror-sync", "--archive=ubuntu", "noble-security",
                "--components=main,restricted", "--from=https://archive.example/ubuntu");
        assertThat(command.environment()).containsEntry("SYNC_SERIES", "noble")
                .containsEntry("SYNC_MIRROR_URI", "https://archive.example/ubuntu")
                .containsEntry("SYNC_ARCHITECTURES", "");
    }

    @Test
    void withoutACommandItIsTheSimulationScriptWithItsStepPause() {
        SyncCommand command = SyncCommand.of(config(Optional.empty()),
                parameters(Map.of("distribution", "ubuntu", "series", "noble", "pocket", "release")));

        assertThat(command.simulation()).isTrue();
        assertThat(command.command()).hasSize(4).startsWith("sh", "-c");
        assertThat(command.command().get(2)).contains("SIMULATION").contains("PROGRESS");
        assertThat(command.environment()).containsEntry("SYNC_SIMULATION_STEP_SECONDS", "0.25");
    }
}
