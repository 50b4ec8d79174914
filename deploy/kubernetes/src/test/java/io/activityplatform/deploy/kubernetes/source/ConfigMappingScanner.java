package io.activityplatform.deploy.kubernetes.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The property names a module's {@code @ConfigMapping} interfaces read, found in the source text: the
 * prefix, then each no-argument method in kebab case (or its {@code @WithName}), descending into nested
 * group interfaces; a {@code Map<String, Group>} adds a {@code *} segment for the key.
 * A source reader, not a compiler: it handles the declaration style this repository uses.
 */
public final class ConfigMappingScanner {

    private static final Pattern MAPPING = Pattern.compile(
            "@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"\\s*\\)[^{]*?interface\\s+(\\w+)");
    private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
    private static final Pattern METHOD = Pattern.compile(
            "(?:@WithName\\(\\s*\"([^\"]+)\"\\s*\\)\\s*)?(?:@\\w+(?:\\([^)]*\\))?\\s*)*"
                    + "([\\w.]+(?:<[\\w.<>, ?]+>)?)\\s+(\\w+)\\(\\s*\\)\\s*;");
    private static final Pattern GENERIC = Pattern.compile("(\\w+)<(.*)>");

    private ConfigMappingScanner() {
    }

    /** Property name patterns read by every {@code @ConfigMapping} under {@code sourceRoot}. */
    public static Set<String> scan(Path sourceRoot) {
        Map<String, String> bodies = new HashMap<>();
        Map<String, String> roots = new HashMap<>();
        for (String source : sources(sourceRoot)) {
            bodies.putAll(interfaceBodies(source));
            Matcher m = MAPPING.matcher(source);
            while (m.find()) {
                roots.put(m.group(2), m.group(1));
            }
        }
        Set<String> properties = new TreeSet<>();
        roots.forEach((type, prefix) -> collect(prefix, type, bodies, properties, 0));
        return properties;
    }

    /** The same for one source text (tests). */
    public static Set<String> scanSource(String source) {
        Map<String, String> bodies = interfaceBodies(source);
        Set<String> properties = new TreeSet<>();
        Matcher m = MAPPING.matcher(source);
        while (m.find()) {
            collect(m.group(1), m.group(2), bodies, properties, 0);
        }
        return properties;
    }

    private static void collect(String prefix, String type, Map<String, String> bodies, Set<String> out,
            int depth) {
        if (depth > 10) {
            throw new IllegalStateException("config groups nest too deep at " + prefix);
        }
        Matcher m = METHOD.matcher(bodies.get(type));
        while (m.find()) {
            String name = prefix + "." + (m.group(1) != null ? m.group(1) : kebab(m.group(3)));
            String group = groupType(m.group(2), bodies);
            boolean isMap = m.group(2).startsWith("Map<");
            String path = isMap ? name + ".*" : name;
            if (group != null) {
                collect(path, group, bodies, out, depth + 1);
            } else {
                out.add(path);
            }
        }
    }

    /** The group interface a return type leads to ({@code Archive}, {@code Optional<Archive>}, a map's value). */
    private static String groupType(String type, Map<String, String> bodies) {
        Matcher g = GENERIC.matcher(type);
        if (g.matches()) {
            String[] args = g.group(2).split(",");
            return groupType(args[args.length - 1].trim(), bodies);
        }
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return bodies.containsKey(simple) ? simple : null;
    }

    /** Each interface's own body, with nested interfaces and method bodies cut out. */
    static Map<String, String> interfaceBodies(String text) {
        // Comments first: Javadoc is full of {@code ...} braces.
        String source = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//[^\n]*", " ")
                // default and static methods are code, not settings: drop their signatures, their bodies
                // go with the other blocks.
                .replaceAll("\\b(?:default|static)\\s+[^;{=]*\\([^)]*\\)\\s*\\{", "{");
        Map<String, String> bodies = new HashMap<>();
        Matcher m = INTERFACE.matcher(source);
        while (m.find()) {
            int open = m.end() - 1;
            bodies.put(m.group(1), withoutBlocks(source.substring(open + 1, closing(source, open))));
        }
        return bodies;
    }

    private static String withoutBlocks(String body) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : body.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                // A cut-out block ends like a declaration, so the next one is not glued to its tail.
                out.append(depth == 0 ? ";" : "");
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            depth += s.charAt(i) == '{' ? 1 : s.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces");
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> sources(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).map(ConfigMappingScanner::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
