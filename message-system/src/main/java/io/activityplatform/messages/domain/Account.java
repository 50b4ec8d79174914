package io.activityplatform.messages.domain;

import java.time.Instant;

/** An account agents register into; the registration key is held only as a hash. */
public record Account(String id, String title, String registrationKeyHash, boolean manualAcceptance,
        Instant createdAt, Instant updatedAt) {
}
