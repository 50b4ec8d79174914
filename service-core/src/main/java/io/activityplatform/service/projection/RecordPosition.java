package io.activityplatform.service.projection;

/** Where a produced record landed; the projection has applied it once its watermark passes the offset. */
public record RecordPosition(String topic, int partition, long offset) {
}
