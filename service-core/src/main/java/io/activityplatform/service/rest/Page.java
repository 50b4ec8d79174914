package io.activityplatform.service.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of any list endpoint of any service: the items and the opaque cursor of the next page ({@code null}
 * on the last one). Pass {@code nextCursor} as {@code cursor}, with the same other parameters; the
 * {@code Link: rel="next"} header carries the whole next URL (see {@link PageLinks}).
 */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * A page of at most {@code limit} items read as {@code limit + 1}: the extra one only says that more
     * follow, and the cursor is made of the last item kept.
     */
    public static <T> Page<T> of(List<T> readOneMore, int limit, Function<T, String> cursorOf) {
        if (readOneMore.size() <= limit) {
            return new Page<>(readOneMore, null);
        }
        List<T> kept = readOneMore.subList(0, limit);
        return new Page<>(List.copyOf(kept), cursorOf.apply(kept.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
