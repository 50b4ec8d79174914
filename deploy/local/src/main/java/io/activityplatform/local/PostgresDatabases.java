package io.activityplatform.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/** Creates missing databases over JDBC. Runs only in child JVMs, where the PostgreSQL driver is. */
final class PostgresDatabases {

    /** Plain lower-case identifiers only: the name is spliced into CREATE DATABASE, which takes no parameters. */
    static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresDatabases() {
    }

    /**
     * Refuses the whole list if one name is not a plain identifier, before anything is contacted or created,
     * so a typo never leaves half the databases made.
     */
    static void validate(List<String> databases) {
        for (String database : databases) {
            if (database == null || !NAME.matcher(database).matches()) {
                throw new IllegalArgumentException("Unsupported database name: '" + database
                        + "' (plain lower-case identifiers only: a letter or _, then up to 62 of a-z, 0-9, _)");
            }
        }
    }

    static void ensure(String host, int port, String user, String password, List<String> databases)
            throws SQLException {
        validate(databases);
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            for (String database : databases) {
                if (!exists(connection, database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("CREATE DATABASE " + database);
                        System.out.println("created database " + database);
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
