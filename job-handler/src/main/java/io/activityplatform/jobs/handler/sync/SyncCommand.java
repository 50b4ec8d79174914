package io.activityplatform.jobs.handler.sync;

import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.handler.Parameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of one sync: the configured command with the activity's parameters substituted for its
 * {@code {placeholders}}, or, when none is configured, the built-in SIMULATION script. The parameters are also
 * passed as {@code SYNC_*} environment variables.
 */
record SyncCommand(List<String> command, Map<String, String> environment, boolean simulation) {

    private static final String SIMULATION_SCRIPT = "sync-pocket/simulation.sh";

    static SyncCommand of(JobsConfig.SyncPocket config, Parameters parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("distribution", parameters.string("distribution").orElse(""));
        values.put("series", parameters.string("series").orElse(""));
        values.put("pocket", parameters.string("pocket").orElse(""));
        values.put("components", String.join(",", parameters.strings("components")));
        values.put("architectures", String.join(",", parameters.strings("architectures")));
        values.put("mirrorUri", parameters.string("mirrorUri").orElse(""));
        Map<String, String> environment = new LinkedHashMap<>();
        values.forEach((name, value) -> environment.put("SYNC_" + snake(name), value));
        if (config.command().isPresent()) {
            List<String> command = config.command().get().stream().map(arg -> substitute(arg, values)).toList();
            return new SyncCommand(command, environment, false);
        }
        environment.put("SYNC_SIMULATION_STEP_SECONDS", String.valueOf(config.simulationStep().toMillis() / 1000.0));
        return new SyncCommand(List.of("sh", "-c", simulationScript(), "sync-pocket-simulation"), environment, true);
    }

    private static String substitute(String argument, Map<String, String> values) {
        String result = argument;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("{" + value.getKey() + "}", value.getValue());
        }
        return result;
    }

    /** mirrorUri → MIRROR_URI */
    private static String snake(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private static String simulationScript() {
        try (InputStream in = SyncCommand.class.getClassLoader().getResourceAsStream(SIMULATION_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SIMULATION_SCRIPT + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
