package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A child JVM's command line: same Java, options before the class, this module first on the class path. */
class JavaCommandTest {

    @Test
    void jvmOptionsComeBeforeTheClassAndArgumentsAfterIt() {
        List<String> command = JavaCommand.forMain(InfraToolMain.class, List.of("-Xmx64m", "-Dx=y"),
                List.of("--action=create-topics", "-Xmx1g"));

        assertThat(command.get(0)).isEqualTo(JavaCommand.javaBinary().toString());
        assertThat(command.subList(1, 4)).containsExactly("-Xmx64m", "-Dx=y", "-cp");
        assertThat(command.get(5)).isEqualTo(InfraToolMain.class.getName());
        // an argument that looks like a JVM option is still an argument of the main class
        assertThat(command.subList(6, command.size())).containsExactly("--action=create-topics", "-Xmx1g");
    }

    @Test
    void theChildRunsTheParentsJava() {
        Path java = JavaCommand.javaBinary();

        assertThat(java).startsWith(Path.of(System.getProperty("java.home")));
        assertThat(Files.isExecutable(java)).isTrue();
    }

    @Test
    void theClassPathStartsWithThisModuleAndNamesOnlyExistingEntries() {
        String classpath = JavaCommand.classpath();
        List<String> entries = Arrays.asList(classpath.split(":"));

        Path module = JavaCommand.moduleLocation();
        assertThat(entries.get(0)).isEqualTo(module.toString());
        assertThat(Files.isDirectory(module) ? module.resolve("io/activityplatform/local/JavaCommand.class") : module)
                .exists();
        assertThat(entries).allSatisfy(entry -> assertThat(Path.of(entry)).exists());
        // the broker and database jars come from the infra class path, not from the caller's class path
        assertThat(entries).anyMatch(e -> e.contains("kafka")).anyMatch(e -> e.contains("postgresql"));
    }
}
