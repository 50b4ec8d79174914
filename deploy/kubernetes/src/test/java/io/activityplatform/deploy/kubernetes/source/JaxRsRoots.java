package io.activityplatform.deploy.kubernetes.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The class-level {@code @Path} values of a module's REST resources: what an Ingress may route to. */
public final class JaxRsRoots {

    private static final Pattern CLASS_PATH = Pattern.compile(
            "@Path\\(\\s*\"([^\"]+)\"\\s*\\)\\s*(?:@[\\w.]+(?:\\((?:[^()]|\\([^)]*\\))*\\))?\\s*)*"
                    + "public\\s+(?:final\\s+)?class\\s");

    private JaxRsRoots() {
    }

    public static Set<String> of(Path sourceRoot) {
        Set<String> roots = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> roots.addAll(inSource(read(p))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roots;
    }

    public static Set<String> inSource(String source) {
        Set<String> roots = new TreeSet<>();
        Matcher m = CLASS_PATH.matcher(source);
        while (m.find()) {
            String path = m.group(1);
            roots.add(path.startsWith("/") ? path : "/" + path);
        }
        return roots;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
