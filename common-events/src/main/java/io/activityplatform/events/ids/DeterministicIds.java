package io.activityplatform.events.ids;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/**
 * Name-based (RFC 9562 version 5, SHA-1) ids for activities that reactions create. Replicas and replays
 * derive the same id for the same reaction, and the fold rejects the second creation, so a reaction runs
 * its effect once however often it is triggered.
 */
public final class DeterministicIds {

    /** Namespace of this platform's derived ids (itself a v5 id of the platform name in the URL namespace). */
    public static final UUID NAMESPACE = uuidV5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "io.activityplatform");

    private DeterministicIds() {
    }

    public static UUID uuidV5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** The id of attempt {@code attempt} (2, 3, …) of the activity whose first attempt is {@code original}. */
    public static UUID retryAttempt(UUID original, int attempt) {
        return uuidV5(NAMESPACE, "retry/" + original + "/" + attempt);
    }

    /** The id of the activity created when schedule {@code scheduleId} fires at {@code fireTime}. */
    public static UUID scheduleFiring(UUID scheduleId, Instant fireTime) {
        return uuidV5(NAMESPACE, "schedule/" + scheduleId + "/" + fireTime);
    }

    /** The id of the activity for one computer of a multi-computer request. */
    public static UUID childActivity(UUID parentId, String computerId) {
        return uuidV5(NAMESPACE, "child/" + parentId + "/" + computerId);
    }

    /** The id for a client-chosen idempotency key, scoped by who sent it so two clients never collide. */
    public static UUID idempotencyKey(String creator, String key) {
        return uuidV5(NAMESPACE, "idempotency/" + creator + "/" + key);
    }

    /** A derived event id, for reactions whose event must itself be identical across replicas. */
    public static UUID reactionEvent(UUID activityId, String reaction, int statusVersion) {
        return uuidV5(NAMESPACE, "reaction/" + activityId + "/" + reaction + "/" + statusVersion);
    }
}
