package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What parent and child agree on: --key=value arguments, comma lists, the READY line; and the spec defaults. */
class ChildMainTest {

    @Test
    void argumentsAreKeyValuePairsAndABareFlagIsTrue() {
        Map<String, String> args = ChildMain.args(new String[] {"--port=5432", "--password=a=b=c", "--fresh",
            "--empty="});

        assertThat(args).containsExactly(Map.entry("port", "5432"), Map.entry("password", "a=b=c"),
                Map.entry("fresh", "true"), Map.entry("empty", ""));
    }

    @Test
    void anArgumentWithoutDashesIsRefused() {
        assertThatThrownBy(() -> ChildMain.args(new String[] {"--ok=1", "port=5432"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port=5432");
    }

    @Test
    void listsDropBlanksAndSpaces() {
        assertThat(ChildMain.list(" a, b ,,c ,")).containsExactly("a", "b", "c");
        assertThat(ChildMain.list("")).isEmpty();
        assertThat(ChildMain.list("  ")).isEmpty();
        assertThat(ChildMain.list(null)).isEmpty();
    }

    @Test
    void theReadyLineCarriesKeyValuePairs() {
        assertThat(ChildMain.parseReady("READY port=9092 owned-pids=12,13 url=jdbc:postgresql://h:1/db\n"))
                .containsExactly(Map.entry("port", "9092"), Map.entry(ChildProcess.OWNED_PIDS, "12,13"),
                        Map.entry("url", "jdbc:postgresql://h:1/db"));
        assertThat(ChildMain.parseReady("READY")).isEmpty();
    }

    @Test
    void aSpecCopiesItsCommandAndHasSafeDefaults() {
        List<String> command = new ArrayList<>(List.of("java", "-version"));
        ChildSpec spec = new ChildSpec("kafka", command, Path.of("kafka.log")).env("A", "1").env("B", "2")
                .env("A", "3");
        command.add("--evil");

        assertThat(spec.command).containsExactly("java", "-version");
        assertThat(spec.environment).containsExactly(Map.entry("A", "3"), Map.entry("B", "2"));
        assertThat(spec.newSession).isTrue();
        assertThat(spec.unshareUser).isFalse();
        assertThat(spec.readinessProbe).isNull();
        assertThat(spec.readyTimeout).isPositive();
        assertThat(spec.stopTimeout).isPositive();
        assertThat(spec.readyTimeout(Duration.ofSeconds(5)).stopTimeout(Duration.ofSeconds(2)))
                .satisfies(s -> assertThat(s.readyTimeout).isEqualTo(Duration.ofSeconds(5)))
                .satisfies(s -> assertThat(s.stopTimeout).isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void aSpecNeedsANameAndALogFile() {
        assertThatThrownBy(() -> new ChildSpec(null, List.of("x"), Path.of("x.log")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ChildSpec("x", List.of("x"), null)).isInstanceOf(NullPointerException.class);
    }
}
