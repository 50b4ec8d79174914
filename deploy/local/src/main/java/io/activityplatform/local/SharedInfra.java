package io.activityplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one {@link LocalInfra} of a test JVM, started lazily and stopped by the JVM shutdown hook.
 * Quarkus may load test resources in several class loaders (one per application restart), where static
 * fields are not shared. So the lock is an interned string literal (one object per JVM) and the endpoints
 * are published as system properties, both of which every class loader sees.
 */
final class SharedInfra {

    static final String KAFKA_PROPERTY = "activityplatform.local.kafka";
    static final String POSTGRES_PROPERTY = "activityplatform.local.postgres";
    static final String EXTERNAL_KAFKA_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    private static final String LOCK = "io.activityplatform.local.SharedInfra.lock";

    record Endpoints(String bootstrapServers, PostgresEndpoint postgres) {
    }

    private SharedInfra() {
    }

    /** Starts the infra on first call (topics with {@code partitions}); later calls return the same endpoints. */
    static Endpoints get(int partitions) {
        synchronized (LOCK) {
            String kafka = System.getProperty(KAFKA_PROPERTY);
            String postgres = System.getProperty(POSTGRES_PROPERTY);
            if (kafka != null && postgres != null) {
                return new Endpoints(kafka, PostgresEndpoint.parse(postgres));
            }
            Path dir = tempDir();
            ChildRegistry.afterShutdown(new DeleteTree(dir));
            LocalInfra infra = LocalInfra.builder(dir).partitions(partitions)
                    .externalKafka(System.getenv(EXTERNAL_KAFKA_ENV)).start();
            PostgresEndpoint pg = infra.postgres();
            System.setProperty(KAFKA_PROPERTY, infra.bootstrapServers());
            System.setProperty(POSTGRES_PROPERTY, pg.host() + ":" + pg.port() + ":" + pg.username() + ":" + pg.password());
            System.out.println("[local-infra] started " + infra + " in " + dir);
            return new Endpoints(infra.bootstrapServers(), pg);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("activity-platform-infra-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
