package io.activityplatform.messages.rest.dto;

import java.time.Instant;

/** An account as the API shows it: never its registration key. */
public record AccountView(String id, String title, boolean manualAcceptance, Instant createdAt, Instant updatedAt,
        Instant previousKeyValidUntil) {
}
