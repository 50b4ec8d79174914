package io.activityplatform.local;

/** Where a PostgreSQL server is and how to log in; builds the URLs the services need. */
public record PostgresEndpoint(String host, int port, String username, String password) {

    /** Parses {@code host:port:user:password}; the password is everything after the third colon. */
    public static PostgresEndpoint parse(String spec) {
        String[] parts = spec.split(":", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("Expected host:port:user:password, got " + spec.replaceAll(":[^:]*$", ":***"));
        }
        return new PostgresEndpoint(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]);
    }

    /** {@code jdbc:postgresql://host:port/database}, for Flyway / quarkus.datasource.jdbc.url. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** {@code postgresql://host:port/database}, for quarkus.datasource.reactive.url. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return host + ":" + port + " (user " + username + ")"; // never print the password
    }
}
