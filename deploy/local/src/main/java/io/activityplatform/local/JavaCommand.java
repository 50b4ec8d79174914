package io.activityplatform.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line of a child JVM: {@code java <jvm options> -cp <this module>:<infra classpath> Main args}.
 * The infra classpath (Kafka, zonky, ...) is written at build time into {@code infra-classpath.txt} so the broker
 * and database jars never have to be on the caller's classpath.
 */
public final class JavaCommand {

    static final String CLASSPATH_RESOURCE = "infra-classpath.txt";

    private JavaCommand() {
    }

    /** Command for {@code mainClass}; the JVM options come first so they apply to the child. */
    public static List<String> forMain(Class<?> mainClass, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass.getName());
        command.addAll(args);
        return command;
    }

    /** The java binary of the running JVM, so children use the same Java version as the parent. */
    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** This module's jar (or classes directory) followed by the infra classpath. */
    public static String classpath() {
        String infra = infraClasspath();
        String first = infra.split(":", 2)[0];
        if (!first.isEmpty() && !Files.exists(Path.of(first))) {
            // The jar was built on another machine or the local repository was cleaned.
            throw new IllegalStateException(CLASSPATH_RESOURCE + " names missing files (e.g. " + first
                    + "); rebuild deploy/local with 'mvn -pl deploy/local install'");
        }
        return moduleLocation() + ":" + infra;
    }

    static String infraClasspath() {
        try (InputStream in = JavaCommand.class.getResourceAsStream("/" + CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " not found; build deploy/local with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CLASSPATH_RESOURCE, e);
        }
    }

    /**
     * Where this module's classes live. The code source is the normal answer; class loaders that hide it
     * (e.g. some test class loaders) still return a jar:/file: URL for our resource, so fall back to that.
     */
    static Path moduleLocation() {
        try {
            var codeSource = JavaCommand.class.getProtectionDomain().getCodeSource();
            if (codeSource != null && codeSource.getLocation() != null
                    && "file".equals(codeSource.getLocation().getProtocol())) {
                return Path.of(codeSource.getLocation().toURI());
            }
            URL resource = JavaCommand.class.getResource("/" + CLASSPATH_RESOURCE);
            if (resource != null && "jar".equals(resource.getProtocol())) {
                String spec = resource.getPath(); // file:/path/x.jar!/infra-classpath.txt
                return Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI());
            }
            if (resource != null && "file".equals(resource.getProtocol())) {
                return Path.of(resource.toURI()).getParent();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the local-infra module", e);
        }
        throw new IllegalStateException("Cannot locate the local-infra module (no file or jar code source)");
    }
}
