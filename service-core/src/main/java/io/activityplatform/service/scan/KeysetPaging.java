package io.activityplatform.service.scan;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Walks a keyset-paged scan page by page, processing each before fetching the next: a scan sees every
 * candidate however many there are, and one page of them that no rule acts on can never starve the rest.
 */
public final class KeysetPaging {

    /** Fetches the page after an id (null: the first page). */
    public interface Fetch<T> {
        Uni<List<T>> page(UUID after, int limit);
    }

    private KeysetPaging() {
    }

    /** @return the sum of what {@code process} returned for every page */
    public static <T> Uni<Integer> each(Fetch<T> fetch, Function<T, UUID> idOf, int pageSize,
            Function<List<T>, Uni<Integer>> process) {
        return from(null, fetch, idOf, pageSize, process, 0);
    }

    private static <T> Uni<Integer> from(UUID after, Fetch<T> fetch, Function<T, UUID> idOf, int pageSize,
            Function<List<T>, Uni<Integer>> process, int done) {
        return fetch.page(after, pageSize).flatMap(page -> process.apply(page).flatMap(count -> {
            if (page.size() < pageSize) {
                return Uni.createFrom().item(done + count);
            }
            return from(idOf.apply(page.get(page.size() - 1)), fetch, idOf, pageSize, process, done + count);
        }));
    }
}
