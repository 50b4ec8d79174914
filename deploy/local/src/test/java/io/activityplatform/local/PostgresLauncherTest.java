package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** One server for the class; the tests run in order because the last ones stop and restart it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresLauncherTest {

    @TempDir
    static Path tmp;
    static PostgresLauncher postgres;

    @BeforeAll
    static void startServer() {
        postgres = new PostgresLauncher(tmp.resolve("pg")).start();
        System.out.println("postgres ready in " + postgres.lastStartup().toMillis() + " ms");
    }

    @AfterAll
    static void stopServer() {
        postgres.stop();
    }

    @Test
    @Order(1)
    void defaultDatabasesExist() throws SQLException {
        assertThat(query("postgres", "SELECT datname FROM pg_database"))
                .contains("activity_api", "message_system", "job_handler");
    }

    @Test
    @Order(2)
    void tableCanBeCreatedAndRowSurvivesRestart() throws SQLException {
        execute("activity_api", "CREATE TABLE t (id int PRIMARY KEY, name text)");
        execute("activity_api", "INSERT INTO t VALUES (1, 'kept')");
        long firstPid = postgres.process().orElseThrow().pid();
        postgres.restart();
        assertThat(postgres.process().orElseThrow().pid()).isNotEqualTo(firstPid);
        assertThat(query("activity_api", "SELECT name FROM t")).containsExactly("kept");
    }

    @Test
    @Order(3)
    void createDatabaseIsIdempotent() throws SQLException {
        postgres.createDatabase("fresh_one");
        postgres.createDatabase("fresh_one");
        assertThat(query("postgres", "SELECT datname FROM pg_database")).contains("fresh_one");
    }

    @Test
    @Order(4)
    void stopLeavesNoProcessAndFreesThePort() {
        ProcessHandle jvm = postgres.process().orElseThrow();
        ProcessHandle postmaster = ProcessHandle.of(postgres.postmasterPid().orElseThrow()).orElseThrow();
        postgres.stop();
        assertThat(jvm.isAlive()).isFalse();
        assertThat(postmaster.isAlive()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(postgres.port()));
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> query(String database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
    }
}
