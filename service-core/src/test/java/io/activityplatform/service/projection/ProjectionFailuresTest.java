package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import io.vertx.pgclient.PgException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Only failures that would repeat on retry are quarantined; everything else is retried. */
class ProjectionFailuresTest {

    private static PgException pg(String sqlState) {
        return new PgException("boom " + sqlState, "ERROR", sqlState, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22021", "22P05", "22001", "22003", "22008", "23505", "23514", "23502", "54000"})
    void dataConstraintAndLimitErrorsAreDeterministic(String sqlState) {
        assertThat(ProjectionFailures.isDeterministic(pg(sqlState))).isTrue();
        assertThat(ProjectionFailures.isDeterministic(new CompletionException(pg(sqlState)))).isTrue();
        assertThat(ProjectionFailures.describe(new CompletionException(pg(sqlState))))
                .isEqualTo("SQLSTATE " + sqlState + ": boom " + sqlState);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "57P01", "53300", "40001", "40P01", "42P01", "XX000"})
    void connectionShutdownResourceAndSchemaErrorsAreTransient(String sqlState) {
        assertThat(ProjectionFailures.isDeterministic(pg(sqlState))).isFalse();
    }

    @Test
    void unknownFailuresAreRetriedNotQuarantined() {
        assertThat(ProjectionFailures.isDeterministic(new IllegalStateException("timeout"))).isFalse();
        assertThat(ProjectionFailures.isDeterministic(new RuntimeException(new java.net.ConnectException()))).isFalse();
        assertThat(ProjectionFailures.isDeterministic(new NullPointerException())).isFalse();
    }

    @Test
    void aValueThatCannotBeWrittenAsJsonIsDeterministic() {
        var json = new UncheckedIOException(new JsonParseException(null, "bad"));
        assertThat(ProjectionFailures.isDeterministic(json)).isTrue();
    }

    @Test
    void theReasonIsLegalTextAndBounded() {
        String reason = ProjectionFailures.describe(new RuntimeException("a\u0000b" + "x".repeat(5000)));

        assertThat(reason).startsWith("a\ufffdb").hasSize(1000);
    }
}
