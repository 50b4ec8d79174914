package io.activityplatform.agent.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code <command> --name=value --name value --flag}: the command line, parsed. */
public record Options(String command, Map<String, String> values) {

    public static Options parse(String... args) {
        if (args.length == 0) {
            return new Options("help", Map.of());
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                values.put(name, args[++i]);
            } else {
                values.put(name, "true");
            }
        }
        return new Options(args[0], values);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required for '" + command + "'");
        }
        return value;
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + value + "'");
        }
    }

    public List<String> list(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public Set<String> set(String name) {
        return new LinkedHashSet<>(list(name));
    }

    /** {@code --state-dir}, else /var/lib/activity-agent for root and ~/.activity-agent for anyone else. */
    public Path stateDir() {
        String dir = values.get("state-dir");
        if (dir != null) {
            return Path.of(dir);
        }
        return "root".equals(System.getProperty("user.name")) ? Path.of("/var/lib/activity-agent")
                : Path.of(System.getProperty("user.home"), ".activity-agent");
    }
}
