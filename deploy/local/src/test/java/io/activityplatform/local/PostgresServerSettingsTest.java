package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server settings reach PostgreSQL: zonky's defaults turn synchronous_commit off, and the benchmark's durable
 * mode must really turn it (and fsync) back on, or its numbers would claim a durability they did not have.
 */
class PostgresServerSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void durableSettingsOverrideZonkysDefaults() throws SQLException {
        try (PostgresLauncher postgres = new PostgresLauncher(tmp.resolve("pg")).databases(List.of())
                .serverSettings(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"))
                .start()) {
            assertThat(show(postgres, "synchronous_commit")).isEqualTo("on");
            assertThat(show(postgres, "fsync")).isEqualTo("on");
            assertThat(show(postgres, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void anExtensionsSettingsReachTheServerItPreloads() throws SQLException {
        try (PostgresLauncher postgres = new PostgresLauncher(tmp.resolve("pg")).databases(List.of())
                .serverSettings(Map.of("shared_preload_libraries", "pg_stat_statements",
                        "pg_stat_statements.track_planning", "on"))
                .start()) {
            assertThat(show(postgres, "shared_preload_libraries")).isEqualTo("pg_stat_statements");
            assertThat(show(postgres, "pg_stat_statements.track_planning")).isEqualTo("on");
        }
    }

    @Test
    void aSettingNameHasAtMostOneDotBetweenPlainWords() {
        PostgresLauncher postgres = new PostgresLauncher(tmp.resolve("never"));
        assertThatThrownBy(() -> postgres.serverSettings(Map.of("a.b.c", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.b.c");
        assertThatThrownBy(() -> postgres.serverSettings(Map.of(".track", "1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> postgres.serverSettings(Map.of("pg_stat_statements.", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsThatCouldSmuggleMoreThanOneValueAreRejected() {
        PostgresLauncher postgres = new PostgresLauncher(tmp.resolve("never"));
        assertThatThrownBy(() -> postgres.serverSettings(Map.of("fsync", "on,max_connections=1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fsync");
        assertThatThrownBy(() -> postgres.serverSettings(Map.of("work mem", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String show(PostgresLauncher postgres, String setting) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
                postgres.password()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
