package io.activityplatform.deploy.kubernetes.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructions of a Dockerfile that the checks compare with the manifests (continuation lines joined,
 * comments dropped).
 *
 * @param instructions each instruction as {@code [KEYWORD, arguments]}
 */
public record Dockerfile(List<Map.Entry<String, String>> instructions) {

    private static final Pattern ENV_KEY = Pattern.compile("^(\\w+)[=\\s]");

    public static Dockerfile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static Dockerfile parse(String text) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        String joined = text.replaceAll("\\\\\\n", " ");
        for (String line : joined.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            out.add(Map.entry(parts[0].toUpperCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1] : ""));
        }
        return new Dockerfile(List.copyOf(out));
    }

    public List<String> arguments(String keyword) {
        return instructions.stream().filter(i -> i.getKey().equals(keyword)).map(Map.Entry::getValue).toList();
    }

    /** Variables set by ENV: what the image's entrypoint (not Quarkus) may read. */
    public Set<String> envNames() {
        Set<String> names = new LinkedHashSet<>();
        for (String env : arguments("ENV")) {
            Matcher m = ENV_KEY.matcher(env + " ");
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** ARG defaults, to resolve {@code FROM ${RUNTIME_IMAGE}}. */
    public String resolve(String value) {
        String resolved = value;
        for (String arg : arguments("ARG")) {
            String[] kv = arg.split("=", 2);
            if (kv.length == 2) {
                resolved = resolved.replace("${" + kv[0].strip() + "}", kv[1].strip());
            }
        }
        return resolved;
    }
}
