package io.activityplatform.service.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Parameters for timestamptz columns are bound in UTC whatever the JVM's zone, and null stays null. */
class TimestampsTest {

    @Test
    void anInstantIsBoundInUtcWhateverTheDefaultZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham")); // +12:45 / +13:45, never UTC
            Instant instant = Instant.parse("2026-03-29T01:30:00.123456Z");

            OffsetDateTime bound = Timestamps.utc(instant);

            assertThat(bound.getOffset()).isEqualTo(ZoneOffset.UTC);
            assertThat(bound.toInstant()).isEqualTo(instant);
            assertThat(bound.toString()).isEqualTo("2026-03-29T01:30:00.123456Z");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void anAbsentInstantIsSqlNull() {
        assertThat(Timestamps.utc(null)).isNull();
    }
}
