package io.activityplatform.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * Command line of {@link LocalStack}. Every option has a default; external servers can also come from the
 * environment ({@code KAFKA_BOOTSTRAP_SERVERS}, {@code POSTGRES_ENDPOINT=host:port:user:password}).
 */
record LocalStackOptions(Path repo, Path dataDir, boolean wipe, String kafka, PostgresEndpoint postgres,
                         int partitions, int kafkaPort, int postgresPort, int basePort, boolean help) {

    static final String USAGE = """
            Usage: LocalStack [options]
              --repo=DIR           repository root with the services' target/quarkus-app (default: current dir)
              --data=DIR           data and logs (default: <repo>/.local-data); kept between runs
              --wipe               delete the data directory first
              --kafka=HOST:PORT    use this Kafka instead of starting one (env KAFKA_BOOTSTRAP_SERVERS)
              --postgres=HOST:PORT:USER:PASSWORD
                                   use this PostgreSQL instead of starting one (env POSTGRES_ENDPOINT)
              --partitions=N       partitions of the topics when created (default 12)
              --kafka-port=N       fixed broker port (default: a free one)
              --postgres-port=N    fixed PostgreSQL port (default: a free one)
              --base-port=N        activity-api on N, message-system on N+1, job-handler on N+2 (default 8081)
            Ctrl-C stops the services, then PostgreSQL, then Kafka.
            """;

    static LocalStackOptions parse(String[] argv, Map<String, String> env) {
        Map<String, String> args = ChildMain.args(argv);
        Path repo = Path.of(args.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        String postgres = args.getOrDefault("postgres", env.get("POSTGRES_ENDPOINT"));
        return new LocalStackOptions(
                repo,
                args.containsKey("data") ? Path.of(args.get("data")).toAbsolutePath() : repo.resolve(".local-data"),
                args.containsKey("wipe"),
                args.getOrDefault("kafka", env.get("KAFKA_BOOTSTRAP_SERVERS")),
                postgres == null || postgres.isBlank() ? null : PostgresEndpoint.parse(postgres),
                Integer.parseInt(args.getOrDefault("partitions", "12")),
                Integer.parseInt(args.getOrDefault("kafka-port", "0")),
                Integer.parseInt(args.getOrDefault("postgres-port", "0")),
                Integer.parseInt(args.getOrDefault("base-port", "8081")),
                args.containsKey("help"));
    }
}
