package io.activityplatform.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.registration.Secrets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Account rotated(Instant previousValidUntil) {
        return new Account("acme", "Acme", Secrets.hash("new-key"), false, NOW, NOW, Secrets.hash("old-key"),
                previousValidUntil);
    }

    @Test
    void thePreviousKeyIsAcceptedUntilItsTimeOnly() {
        Account account = rotated(NOW.plusSeconds(60));

        assertThat(account.accepts("new-key", NOW, Secrets::matches)).isTrue();
        assertThat(account.accepts("old-key", NOW.plusSeconds(59), Secrets::matches)).isTrue();
        assertThat(account.accepts("old-key", NOW.plusSeconds(60), Secrets::matches)).isFalse();
        assertThat(account.accepts("other", NOW, Secrets::matches)).isFalse();
    }

    @Test
    void withoutAGracePeriodOnlyTheCurrentKeyIsAccepted() {
        Account account = rotated(null);

        assertThat(account.accepts("old-key", NOW, Secrets::matches)).isFalse();
        assertThat(account.accepts("new-key", NOW, Secrets::matches)).isTrue();
    }
}
