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
            "quarkus.datasource.password",
            // TLS to PostgreSQL, verified (quarkus-reactive-pg-client, quarkus-reactive-datasource).
            "quarkus.datasource.reactive.postgresql.ssl-mode",
            "quarkus.datasource.reactive.hostname-verification-algorithm",
            "quarkus.datasource.reactive.trust-certificate-pem",
            "quarkus.datasource.reactive.trust-certificate-pem.certs",
            // Graceful shutdown (Quarkus core).
            "quarkus.shutdown.timeout",
            // Bearer-token verification (quarkus-smallrye-jwt, MicroProfile JWT's standard names).
            "mp.jwt.verify.issuer",
            "mp.jwt.verify.audiences",
            "mp.jwt.verify.publickey.location",
            // Standard Kafka client settings. Quarkus' Kafka extension hands every kafka.* property to the
            // clients it builds (its health check among them). service-core's own KafkaProducer and
            // KafkaConsumer read only kafka.bootstrap.servers today: see the README, "Kafka clients".
            "kafka.security.protocol",
            "kafka.sasl.mechanism",
            "kafka.sasl.jaas.config",
            "kafka.ssl.truststore.type",
            "kafka.ssl.truststore.location");

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
