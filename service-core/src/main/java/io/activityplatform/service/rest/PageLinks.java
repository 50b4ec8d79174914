package io.activityplatform.service.rest;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The rest of the one pagination style: the opaque cursor codec and the absolute {@code Link: rel="next"} that
 * repeats the request with only {@code cursor} replaced, so every other query parameter is kept.
 */
public final class PageLinks {

    public static final String CURSOR = "cursor";
    private static final char SEPARATOR = '\n';
    /** Marks a cursor as this API's, so a made-up value is refused instead of read as a position. */
    private static final String MARK = "c1";

    private PageLinks() {
    }

    /** 200 with the page, and the Link header when there is a next page. */
    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo request) {
        return ok(page, page.nextCursor(), request);
    }

    /** 200 with a document holding a page (e.g. a status with its list), and the Link header of its next page. */
    public static <T> RestResponse<T> ok(T document, String nextCursor, UriInfo request) {
        RestResponse.ResponseBuilder<T> response = RestResponse.ResponseBuilder.ok(document);
        if (nextCursor != null) {
            response.header("Link", "<" + next(request, nextCursor) + ">; rel=\"next\"");
        }
        return response.build();
    }

    /** The absolute URL of the next page. */
    public static URI next(UriInfo request, String cursor) {
        return request.getRequestUriBuilder().replaceQueryParam(CURSOR, cursor).build();
    }

    /** An opaque cursor of the given parts (keys of the last item of a page). */
    public static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((MARK + SEPARATOR + String.join(String.valueOf(SEPARATOR), parts))
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The value of a cursor of {@code parts} parts, read by {@code read}; {@code null} for no cursor. Anything
     * else than a cursor this API issued is a 400 naming {@code cursor}.
     */
    public static <T> T decode(String cursor, int parts, Function<List<String>, T> read) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            List<String> values = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (values.size() != parts + 1 || !values.get(0).equals(MARK)) {
                throw new IllegalArgumentException(cursor);
            }
            return read.apply(values.subList(1, values.size()));
        } catch (RuntimeException e) {
            throw new InvalidParameterException(CURSOR, "not a cursor of this API; pass nextCursor unchanged");
        }
    }
}
