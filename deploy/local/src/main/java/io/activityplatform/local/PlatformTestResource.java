package io.activityplatform.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quarkus test resource giving a service a real Kafka and a real PostgreSQL database, without Docker:
 * <pre>
 * &#64;QuarkusTestResource(value = PlatformTestResource.class,
 *         initArgs = &#64;ResourceArg(name = "database", value = "activity_api"))
 * </pre>
 * Init args: {@code database} (required), {@code fresh-database=true} for a new, uniquely named database for
 * this test class (isolation), {@code partitions} (default 12; only the first start in the JVM decides).
 * The servers are shared by the whole test JVM and survive {@link #stop()}; the JVM shutdown hook stops them.
 * If {@code KAFKA_BOOTSTRAP_SERVERS} is set, that Kafka is used and only the topics are created on it.
 * It also configures JWT verification with {@link SigningKeys#forThisJvm()}, whose private key the tests
 * mint their tokens with (service-core's test helper TestTokens).
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String FRESH_DATABASE_ARG = "fresh-database";
    public static final String PARTITIONS_ARG = "partitions";

    private String database;
    private boolean freshDatabase;
    private int partitions = KafkaLauncher.DEFAULT_PARTITIONS;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        freshDatabase = Boolean.parseBoolean(initArgs.getOrDefault(FRESH_DATABASE_ARG, "false"));
        partitions = Integer.parseInt(initArgs.getOrDefault(PARTITIONS_ARG, String.valueOf(partitions)));
    }

    @Override
    public Map<String, String> start() {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("PlatformTestResource needs the init arg '" + DATABASE_ARG + "'");
        }
        SharedInfra.Endpoints infra = SharedInfra.get(partitions);
        String name = freshDatabase ? uniqueName(database) : database;
        if (freshDatabase || !PostgresLauncher.DEFAULT_DATABASES.contains(name)) {
            InfraTool.createDatabases(infra.postgres(), List.of(name));
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        config.put("quarkus.datasource.reactive.url", infra.postgres().reactiveUrl(name));
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(name));
        config.put("quarkus.datasource.username", infra.postgres().username());
        config.put("quarkus.datasource.password", infra.postgres().password());
        // User tokens: the service verifies with this JVM's public key; the tests sign with its private key.
        config.put("mp.jwt.verify.publickey", SigningKeys.forThisJvm().publicKeyPem());
        config.put("mp.jwt.verify.issuer", SigningKeys.ISSUER);
        config.put("mp.jwt.verify.audiences", SigningKeys.AUDIENCE);
        return config;
    }

    /** e.g. activity_api_3f9c1a2b: lower-case, within PostgreSQL's 63 characters. */
    static String uniqueName(String base) {
        String prefix = base.length() > 50 ? base.substring(0, 50) : base;
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Nothing to do: the servers are shared across test classes and stopped when the JVM exits. */
    @Override
    public void stop() {
    }
}
