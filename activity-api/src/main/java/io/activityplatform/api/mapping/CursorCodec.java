package io.activityplatform.api.mapping;

import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.service.rest.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Cursors are opaque to clients (base64url of a versioned key), so the key can change without breaking them;
 * a cursor that cannot be read, or belongs to the other sort order, is a 400 naming {@code cursor}.
 */
public final class CursorCodec {

    private static final String VERSION = "c1";

    private CursorCodec() {
    }

    public static String encode(PageCursor cursor) {
        String raw = String.join("|", VERSION, cursor.order().name(), Long.toString(cursor.createdAt().getEpochSecond()),
                Integer.toString(cursor.createdAt().getNano()), cursor.id().toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null for none; {@code order} is the order of the request it is used with. */
    public static PageCursor decode(String cursor, SortOrder order) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        PageCursor decoded;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 5 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown cursor format");
            }
            decoded = new PageCursor(Instant.ofEpochSecond(Long.parseLong(parts[2]), Long.parseLong(parts[3])),
                    UUID.fromString(parts[4]), SortOrder.valueOf(parts[1]));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            // a forged time beyond Instant's range is the client's error too, never a 5xx
            throw ProblemException.invalid("cursor", "not a cursor of this API; pass nextCursor unchanged");
        }
        if (decoded.order() != order) {
            throw ProblemException.invalid("cursor", "was issued for order " + decoded.order().name().toLowerCase()
                    + "; keep the order while paging");
        }
        return decoded;
    }
}
