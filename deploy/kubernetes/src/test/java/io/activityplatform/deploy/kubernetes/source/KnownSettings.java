package io.activityplatform.deploy.kubernetes.source;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every setting a service's container can be given, as property name patterns: its application.properties
 * keys, the {@code @ConfigMapping}s of its sources and of service-core, and the Quarkus settings the
 * deployment relies on; plus the variables its image's entrypoint reads (ENV in its Dockerfile).
 * An environment variable outside this set is a typo that Quarkus would silently ignore.
 */
public record KnownSettings(String service, Set<String> properties, Set<String> imageVariables) {

    /** Read by Quarkus itself (the extensions), whatever application.properties says. */
    static final Set<String> QUARKUS_PROPERTIES = Set.of(
            "quarkus.http.port",
            "kafka.bootstrap.servers",
            "quarkus.datasource.reactive.url",
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password");

    public static KnownSettings of(ServiceModule module, Set<String> serviceCoreMappings, Dockerfile image) {
        Set<String> properties = new TreeSet<>(module.propertyKeys());
        properties.addAll(QUARKUS_PROPERTIES);
        properties.addAll(serviceCoreMappings);
        properties.addAll(ConfigMappingScanner.scan(module.sources()));
        return new KnownSettings(module.name(), properties, image.envNames());
    }

    public boolean allowsEnv(String name) {
        return imageVariables.contains(name)
                || properties.stream().anyMatch(p -> EnvNames.envPattern(p).matcher(name).matches());
    }

    public boolean allowsProperty(String key) {
        return properties.stream().anyMatch(p -> EnvNames.matchesProperty(p, key));
    }
}
