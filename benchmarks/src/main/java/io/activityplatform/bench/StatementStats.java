package io.activityplatform.bench;

import io.activityplatform.local.PostgresEndpoint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's own account of a phase's statements ({@code bench.statements}): the server preloads
 * pg_stat_statements with planning tracked, {@link #reset} clears it as a throughput phase begins and
 * {@link #costliest} lists, at its end, the statements with the most execution plus planning time, across the
 * services' databases. The stack's CPU breakdown put PostgreSQL first; this says which statements.
 */
public final class StatementStats {

    static final Map<String, String> SERVER_SETTINGS = Map.of("shared_preload_libraries", "pg_stat_statements",
            "pg_stat_statements.track_planning", "on");
    /** The extension is created here; its view shows every database's statements to the superuser. */
    private static final String DATABASE = DbSchedulerBench.DATABASE;
    static final int LISTED = 15;
    static final int QUERY_CHARS = 140;

    private final PostgresEndpoint postgres;

    public StatementStats(PostgresEndpoint postgres) {
        this.postgres = postgres;
    }

    public void reset() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException("bench.statements: cannot reset pg_stat_statements: " + e.getMessage(), e);
        }
    }

    /** Table rows: database, calls, rows per call, execution and planning ms per call and in all, the query. */
    public List<String> costliest() {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select d.datname, s.calls, s.rows, s.total_exec_time, s.total_plan_time, s.query
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                order by s.total_exec_time + s.total_plan_time desc limit %d""".formatted(LISTED))) {
            while (rs.next()) {
                rows.add(row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getDouble(4), rs.getDouble(5),
                        rs.getString(6)));
            }
        } catch (SQLException e) {
            rows.add("| could not read pg_stat_statements: " + e.getMessage() + " |");
        }
        return rows;
    }

    static String row(String database, long calls, long rows, double execMillis, double planMillis, String query) {
        String oneLine = query.replaceAll("\\s+", " ").replace("|", "\\|").trim();
        if (oneLine.length() > QUERY_CHARS) {
            oneLine = oneLine.substring(0, QUERY_CHARS) + "…";
        }
        double perCall = calls == 0 ? 0 : 1.0 / calls;
        return String.format("| %s | %d | %.1f | %.3f | %.3f | %.0f | `%s` |", database, calls, rows * perCall,
                execMillis * perCall, planMillis * perCall, execMillis + planMillis, oneLine);
    }

    public static String header() {
        return "| database | calls | rows / call | execution ms / call | planning ms / call | total ms | statement |\n"
                + "|---|---|---|---|---|---|---|\n";
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.username(), postgres.password());
    }
}
