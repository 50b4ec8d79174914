package io.activityplatform.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void readsBothOptionFormsFlagsAndLists() {
        Options o = Options.parse("register", "--server=http://s", "--title", "web 1", "--tags", "a, b", "--dry");

        assertThat(o.command()).isEqualTo("register");
        assertThat(o.required("server")).isEqualTo("http://s");
        assertThat(o.required("title")).isEqualTo("web 1");
        assertThat(o.list("tags")).containsExactly("a", "b");
        assertThat(o.get("dry", "false")).isEqualTo("true");
    }

    @Test
    void namesTheMissingOrMalformedOption() {
        Options o = Options.parse("simulate", "--computers=many");

        assertThatThrownBy(() -> o.required("server")).hasMessageContaining("--server");
        assertThatThrownBy(() -> o.integer("computers", 1)).hasMessageContaining("--computers");
        assertThatThrownBy(() -> Options.parse("run", "stray")).hasMessageContaining("stray");
    }

    @Test
    void theStateDirectoryCanBeChosen() {
        assertThat(Options.parse("run", "--state-dir=/tmp/a").stateDir()).isEqualTo(Path.of("/tmp/a"));
        assertThat(Options.parse("help").command()).isEqualTo("help");
    }
}
