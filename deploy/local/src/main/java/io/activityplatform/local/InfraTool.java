package io.activityplatform.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Parent side of {@link InfraToolMain}: runs it to completion and turns a failure into an exception. */
public final class InfraTool {

    static final List<String> SMALL_JVM = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private InfraTool() {
    }

    /** Creates the topics that do not exist yet; existing ones are left alone. */
    public static void createTopics(String bootstrapServers, List<String> topics, int partitions) {
        run(List.of("--action=create-topics", "--bootstrap=" + bootstrapServers,
                "--topics=" + String.join(",", topics), "--partitions=" + partitions));
    }

    /** Creates the databases that do not exist yet (names: lower-case letters, digits, underscores). */
    public static void createDatabases(PostgresEndpoint server, List<String> databases) {
        run(List.of("--action=create-databases", "--host=" + server.host(), "--port=" + server.port(),
                "--user=" + server.username(), "--password=" + server.password(),
                "--databases=" + String.join(",", databases)));
    }

    private static void run(List<String> args) {
        Path output = null;
        try {
            output = Files.createTempFile("local-infra-tool", ".log");
            ProcessBuilder builder = new ProcessBuilder(JavaCommand.forMain(InfraToolMain.class, SMALL_JVM, args))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().remove("JDK_JAVA_OPTIONS");
            Process process = builder.start();
            // stdin stays open while we wait: if this JVM dies, the tool sees EOF and exits.
            try (OutputStream ignored = process.getOutputStream()) {
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out: " + describe(args, output));
                }
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + describe(args, output));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + args, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + args, e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static String describe(List<String> args, Path output) throws IOException {
        List<String> shown = new ArrayList<>(args);
        shown.replaceAll(a -> a.startsWith("--password=") ? "--password=***" : a);
        return shown + "\n" + Files.readString(output, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }
}
