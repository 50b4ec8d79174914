package io.activityplatform.messages.domain;

import java.time.Instant;
import java.util.UUID;

/** An activity handed to its computer after its claim won. */
public record Delivery(UUID activityId, String computerId, UUID claimEventId, Instant deliveredAt,
        Instant resultAt, Instant cancelQueuedAt, int outputChars) {
}
