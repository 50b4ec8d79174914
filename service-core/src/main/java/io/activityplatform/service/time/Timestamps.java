package io.activityplatform.service.time;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of {@code timestamptz} columns. Parameters are always bound in UTC, so a view's
 * timestamps never depend on the session's or the JVM's time zone.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The parameter for a timestamptz column; null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A timestamptz column as an instant; SQL null is null. */
    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
