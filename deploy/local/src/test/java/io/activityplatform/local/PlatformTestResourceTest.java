package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Uses the resource like Quarkus does (init, start, stop), outside Quarkus. The shared servers it starts are
 * stopped by the JVM shutdown hook when the test JVM exits.
 */
class PlatformTestResourceTest {

    private static Map<String, String> start(Map<String, String> initArgs) {
        PlatformTestResource resource = new PlatformTestResource();
        resource.init(initArgs);
        Map<String, String> config = resource.start();
        resource.stop(); // must not stop the shared servers
        return config;
    }

    @Test
    void givesKafkaAndTheNamedDatabase() throws SQLException {
        Map<String, String> config = start(Map.of("database", "job_handler", "partitions", "2"));
        assertThat(config).containsOnlyKeys("kafka.bootstrap.servers", "quarkus.datasource.reactive.url",
                "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
                "mp.jwt.verify.publickey", "mp.jwt.verify.issuer", "mp.jwt.verify.audiences");
        // the service under test trusts the test JVM's own signing key, so tests can mint tokens
        assertThat(config.get("mp.jwt.verify.publickey")).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(config.get("quarkus.datasource.jdbc.url")).startsWith("jdbc:postgresql://localhost:")
                .endsWith("/job_handler");
        assertThat(config.get("quarkus.datasource.reactive.url")).startsWith("postgresql://localhost:")
                .endsWith("/job_handler");
        assertCanConnect(config);
    }

    @Test
    void freshDatabaseIsNewAndServersAreShared() throws SQLException {
        Map<String, String> first = start(Map.of("database", "activity_api", "fresh-database", "true"));
        Map<String, String> second = start(Map.of("database", "activity_api", "fresh-database", "true"));
        assertThat(first.get("quarkus.datasource.jdbc.url")).contains("/activity_api_")
                .isNotEqualTo(second.get("quarkus.datasource.jdbc.url"));
        assertThat(first.get("kafka.bootstrap.servers")).isEqualTo(second.get("kafka.bootstrap.servers"));
        assertCanConnect(first);
        assertCanConnect(second);
    }

    private static void assertCanConnect(Map<String, String> config) throws SQLException {
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"))) {
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
