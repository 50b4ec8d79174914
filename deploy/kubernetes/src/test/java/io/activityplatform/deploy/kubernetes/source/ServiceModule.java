package io.activityplatform.deploy.kubernetes.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a service's own files say about how it runs: its {@code application.properties} and its sources.
 *
 * @param name       module directory, e.g. {@code activity-api}
 * @param dir        the module directory
 * @param properties the prod-profile view of application.properties (keys of other profiles dropped)
 */
public record ServiceModule(String name, Path dir, Properties properties) {

    public static ServiceModule read(String name, Path dir) {
        Path file = dir.resolve(Path.of("src", "main", "resources", "application.properties"));
        Properties all = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            all.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Properties prod = new Properties();
        // %test.x / %dev.x apply to other profiles; %prod.x applies in a container like x does.
        all.stringPropertyNames().forEach(key -> {
            if (!key.startsWith("%")) {
                prod.setProperty(key, all.getProperty(key));
            } else if (key.startsWith("%prod.")) {
                prod.setProperty(key.substring("%prod.".length()), all.getProperty(key));
            }
        });
        return new ServiceModule(name, dir, prod);
    }

    public int httpPort() {
        return Integer.parseInt(required("quarkus.http.port"));
    }

    /** The database of {@code quarkus.datasource.reactive.url}, e.g. {@code activity_api}. */
    public String databaseName() {
        return databaseOf(required("quarkus.datasource.reactive.url"));
    }

    /** Database name of a {@code postgresql://host:port/db} or {@code jdbc:postgresql://...} URL. */
    public static String databaseOf(String url) {
        String path = URI.create(url.replaceFirst("^jdbc:", "")).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** Host of such a URL. */
    public static String hostOf(String url) {
        return URI.create(url.replaceFirst("^jdbc:", "")).getHost();
    }

    public Set<String> propertyKeys() {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    public Path sources() {
        return dir.resolve(Path.of("src", "main", "java"));
    }

    private String required(String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(name + " application.properties has no " + key);
        }
        return value;
    }
}
