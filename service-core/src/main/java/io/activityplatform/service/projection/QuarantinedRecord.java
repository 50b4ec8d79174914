package io.activityplatform.service.projection;

import java.time.Instant;
import java.util.UUID;

/**
 * A record the projection could not store and set aside: where it sits in the log, what it named, and why.
 * It counts as rejected; the consumer moved on past it.
 *
 * @param subject the activity id or computer id the record names, when legible
 */
public record QuarantinedRecord(String topic, int partition, long offset, UUID eventId, String subject,
        String reason, Instant quarantinedAt) {
}
