package io.activityplatform.events.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeterministicIdsTest {

    private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    @Test
    void matchesTheStandardVersion5Algorithm() {
        // Published example: uuid5(NAMESPACE_DNS, "python.org").
        assertThat(DeterministicIds.uuidV5(DNS_NAMESPACE, "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
        assertThat(DeterministicIds.uuidV5(DNS_NAMESPACE, "python.org").version()).isEqualTo(5);
    }

    @Test
    void theSameReactionAlwaysDerivesTheSameId() {
        UUID original = UUID.randomUUID();

        assertThat(DeterministicIds.retryAttempt(original, 2)).isEqualTo(DeterministicIds.retryAttempt(original, 2));
        assertThat(DeterministicIds.retryAttempt(original, 2)).isNotEqualTo(DeterministicIds.retryAttempt(original, 3));
    }

    @Test
    void scheduleFiringsDifferPerInstantAndSchedule() {
        UUID schedule = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-29T06:30:00Z");

        assertThat(DeterministicIds.scheduleFiring(schedule, at)).isEqualTo(DeterministicIds.scheduleFiring(schedule, at));
        assertThat(DeterministicIds.scheduleFiring(schedule, at))
                .isNotEqualTo(DeterministicIds.scheduleFiring(schedule, at.plusSeconds(86400)))
                .isNotEqualTo(DeterministicIds.scheduleFiring(UUID.randomUUID(), at));
    }

    @Test
    void idempotencyKeysAreScopedByCreator() {
        assertThat(DeterministicIds.idempotencyKey("alice", "k1")).isNotEqualTo(DeterministicIds.idempotencyKey("bob", "k1"));
    }
}
