package io.activityplatform.messages.domain;

import java.time.Instant;

/**
 * An account agents register into; the registration key is held only as a hash. After a rotation the previous
 * key is still accepted until {@code previousKeyValidUntil} (null: not at all).
 */
public record Account(String id, String title, String registrationKeyHash, boolean manualAcceptance,
        Instant createdAt, Instant updatedAt, String previousKeyHash, Instant previousKeyValidUntil) {

    public Account(String id, String title, String registrationKeyHash, boolean manualAcceptance, Instant createdAt,
            Instant updatedAt) {
        this(id, title, registrationKeyHash, manualAcceptance, createdAt, updatedAt, null, null);
    }

    /** Whether {@code key} may register now: the current key, or the previous one within its grace period. */
    public boolean accepts(String key, Instant now, java.util.function.BiPredicate<String, String> matches) {
        return matches.test(key, registrationKeyHash) || previousKeyHash != null && previousKeyValidUntil != null
                && now.isBefore(previousKeyValidUntil) && matches.test(key, previousKeyHash);
    }
}
