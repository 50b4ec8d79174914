package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An external PostgreSQL given as host:port:user:password, the URLs built from it, and names we may create. */
class PostgresEndpointTest {

    @Test
    void thePasswordIsEverythingAfterTheThirdColon() {
        PostgresEndpoint endpoint = PostgresEndpoint.parse("db.example:6543:app:pa:ss:word");

        assertThat(endpoint).isEqualTo(new PostgresEndpoint("db.example", 6543, "app", "pa:ss:word"));
    }

    @Test
    void anEmptyPasswordIsAllowed() {
        assertThat(PostgresEndpoint.parse("localhost:5432:app:").password()).isEmpty();
    }

    @Test
    void aSpecWithoutAllFourPartsIsRefusedWithoutEchoingItsLastPart() {
        assertThatThrownBy(() -> PostgresEndpoint.parse("db:5432:secretuser"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host:port:user:password")
                .hasMessageNotContaining("secretuser");
    }

    @Test
    void aPortThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> PostgresEndpoint.parse("db:five:app:pw"))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void theUrlsNameHostPortAndDatabase() {
        PostgresEndpoint endpoint = new PostgresEndpoint("db", 6543, "app", "pw");

        assertThat(endpoint.jdbcUrl("activity_api")).isEqualTo("jdbc:postgresql://db:6543/activity_api");
        assertThat(endpoint.reactiveUrl("activity_api")).isEqualTo("postgresql://db:6543/activity_api");
    }

    @Test
    void printingAnEndpointNeverShowsThePassword() {
        PostgresEndpoint endpoint = new PostgresEndpoint("db", 5432, "app", "s3cret-pw");

        assertThat(endpoint.toString()).contains("db:5432", "app").doesNotContain("s3cret-pw");
        assertThat("" + endpoint).doesNotContain("s3cret-pw");
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity_api", "_x", "a", "db_2"})
    void plainLowerCaseIdentifiersAreAcceptedAsDatabaseNames(String name) {
        assertThat(PostgresDatabases.NAME.matcher(name).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Activity", "2fast", "a-b", "a b", "x; DROP DATABASE postgres", "\"quoted\"",
        "a\u00e9", "db\n"})
    void namesThatCreateDatabaseCouldMisreadAreRefused(String name) {
        assertThat(PostgresDatabases.NAME.matcher(name).matches()).isFalse();
    }

    @Test
    void aDatabaseNameIsAtMostPostgresIdentifierLength() {
        assertThat(PostgresDatabases.NAME.matcher("a".repeat(63)).matches()).isTrue();
        assertThat(PostgresDatabases.NAME.matcher("a".repeat(64)).matches()).isFalse(); // PostgreSQL would cut it
    }
}
