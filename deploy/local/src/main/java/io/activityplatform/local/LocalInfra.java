package io.activityplatform.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Kafka plus PostgreSQL, started in that order and stopped in reverse. Either can be an external server
 * instead; then only the topics / databases are created on it when missing. Layout under the base directory:
 * {@code kafka/}, {@code kafka.log}, {@code postgres/}, {@code postgres.log}.
 */
public final class LocalInfra implements AutoCloseable {

    private final KafkaLauncher kafka;
    private final PostgresLauncher postgres;
    private final String bootstrapServers;
    private final PostgresEndpoint postgresEndpoint;

    private LocalInfra(KafkaLauncher kafka, String bootstrapServers, PostgresLauncher postgres,
                       PostgresEndpoint postgresEndpoint) {
        this.kafka = kafka;
        this.bootstrapServers = bootstrapServers;
        this.postgres = postgres;
        this.postgresEndpoint = postgresEndpoint;
    }

    public static Builder builder(Path baseDir) {
        return new Builder(baseDir);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public PostgresEndpoint postgres() {
        return postgresEndpoint;
    }

    /** Empty when Kafka is external. Use it to stop/restart the broker in tests. */
    public Optional<KafkaLauncher> kafkaLauncher() {
        return Optional.ofNullable(kafka);
    }

    /** Empty when PostgreSQL is external. */
    public Optional<PostgresLauncher> postgresLauncher() {
        return Optional.ofNullable(postgres);
    }

    /** Stops what this instance started: PostgreSQL first, then Kafka. External servers are left alone. */
    @Override
    public void close() {
        if (postgres != null) {
            postgres.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }

    @Override
    public String toString() {
        return "Kafka " + bootstrapServers + (kafka == null ? " (external)" : "") + ", PostgreSQL "
                + postgresEndpoint + (postgres == null ? " (external)" : "");
    }

    public static final class Builder {
        private final Path baseDir;
        private int partitions = KafkaLauncher.DEFAULT_PARTITIONS;
        private List<String> topics = KafkaLauncher.DEFAULT_TOPICS;
        private List<String> databases = PostgresLauncher.DEFAULT_DATABASES;
        private String externalKafka;
        private PostgresEndpoint externalPostgres;
        private int kafkaPort;
        private int postgresPort;
        private boolean longRunning;

        private Builder(Path baseDir) {
            this.baseDir = baseDir.toAbsolutePath();
        }

        public Builder partitions(int partitions) {
            this.partitions = partitions;
            return this;
        }

        public Builder topics(List<String> topics) {
            this.topics = List.copyOf(topics);
            return this;
        }

        public Builder databases(List<String> databases) {
            this.databases = List.copyOf(databases);
            return this;
        }

        /** Use this Kafka (bootstrap servers) instead of starting one; null means start one. */
        public Builder externalKafka(String bootstrapServers) {
            this.externalKafka = bootstrapServers;
            return this;
        }

        /** Use this PostgreSQL instead of starting one; null means start one. */
        public Builder externalPostgres(PostgresEndpoint endpoint) {
            this.externalPostgres = endpoint;
            return this;
        }

        /** Fixed broker port; 0 (default) picks a free one. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** Fixed PostgreSQL port; 0 (default) picks a free one. */
        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        /** Infrastructure a user runs for long, not a test's: the broker compiles fully ({@link KafkaLauncher#fullCompiler}). */
        public Builder longRunning() {
            this.longRunning = true;
            return this;
        }

        /** Starts Kafka, then PostgreSQL; if PostgreSQL fails, Kafka is stopped again. */
        public LocalInfra start() {
            KafkaLauncher kafka = null;
            String bootstrap = externalKafka;
            if (bootstrap == null) {
                kafka = new KafkaLauncher(baseDir.resolve("kafka"), kafkaPort).partitions(partitions).topics(topics);
                if (longRunning) {
                    kafka.fullCompiler();
                }
                kafka.start();
                bootstrap = kafka.bootstrapServers();
            } else {
                InfraTool.createTopics(bootstrap, topics, partitions);
            }
            try {
                if (externalPostgres != null) {
                    InfraTool.createDatabases(externalPostgres, databases);
                    return new LocalInfra(kafka, bootstrap, null, externalPostgres);
                }
                PostgresLauncher postgres = new PostgresLauncher(baseDir.resolve("postgres"), postgresPort)
                        .databases(databases).start();
                return new LocalInfra(kafka, bootstrap, postgres, postgres.endpoint());
            } catch (RuntimeException e) {
                if (kafka != null) {
                    kafka.stop();
                }
                throw e;
            }
        }
    }
}
