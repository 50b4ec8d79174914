package io.activityplatform.api.model;

import java.time.Instant;
import java.util.UUID;

/**
 * Where the previous page ended: the last item's creation time (as the database stores it) and id, in the
 * list's order. The next page starts strictly after this key, so activities created meanwhile shift nothing:
 * no item is repeated or skipped.
 */
public record PageCursor(Instant createdAt, UUID id, SortOrder order) {
}
