package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.local.PostgresLauncher;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench.statements: the server preloads pg_stat_statements, a phase's statements are listed costliest first. */
class StatementStatsTest {

    @TempDir
    Path tmp;

    @Test
    void aRowIsPerCallWithTheQueryOnOneLineEscapedAndShortened() {
        String query = "select *\n   from activity_view | x where id = any($1) " + "and x = 1 ".repeat(30);

        String row = StatementStats.row("job_handler", 4, 10, 8.0, 2.0, query);

        assertThat(row).startsWith("| job_handler | 4 | 2.5 | 2.000 | 0.500 | 10 | `select * from activity_view \\| x");
        assertThat(row).endsWith("…` |").doesNotContain("\n");
        assertThat(StatementStats.row("x", 0, 0, 0, 0, "select 1")).isEqualTo("| x | 0 | 0.0 | 0.000 | 0.000 | 0 | `select 1` |");
    }

    @Test
    void theOptionPreloadsTheExtensionAndOnlyThen() {
        BenchOptions plain = BenchOptions.from(Map.of());
        BenchOptions listed = BenchOptions.from(Map.of("bench.statements", "true"));

        assertThat(plain.postgresSettings()).doesNotContainKey("shared_preload_libraries")
                .containsEntry("synchronous_commit", "on");
        assertThat(listed.postgresSettings()).containsEntry("shared_preload_libraries", "pg_stat_statements")
                .containsEntry("pg_stat_statements.track_planning", "on").containsEntry("fsync", "on");
    }

    @Test
    void aPhaseListsOnlyTheStatementsRunSinceItsResetAcrossDatabases() throws Exception {
        BenchOptions options = BenchOptions.from(Map.of("bench.statements", "true"));
        try (PostgresLauncher postgres = new PostgresLauncher(tmp.resolve("pg"))
                .databases(List.of("job_handler", DbSchedulerBench.DATABASE))
                .serverSettings(options.postgresSettings()).start()) {
            StatementStats stats = new StatementStats(postgres.endpoint());
            run(postgres, "select 'before the phase'");
            stats.reset();
            for (int i = 0; i < 3; i++) {
                run(postgres, "select count(*) from generate_series(1, 20000)");
            }

            List<String> rows = stats.costliest();

            assertThat(rows).anyMatch(r -> r.startsWith("| job_handler | 3 | 1.0 |")
                    && r.contains("generate_series"));
            assertThat(rows).noneMatch(r -> r.contains("before the phase"));
            assertThat(StatementStats.header()).startsWith("| database | calls |");
        }
    }

    private static void run(PostgresLauncher postgres, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("job_handler"), postgres.username(),
                postgres.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
