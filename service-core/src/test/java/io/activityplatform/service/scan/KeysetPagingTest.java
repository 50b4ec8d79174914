package io.activityplatform.service.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A scan walks every candidate page by page, each page processed before the next is fetched. */
class KeysetPagingTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void everyItemIsSeenOnceAcrossPagesAndTheCountsAreSummed() {
        List<UUID> ids = sortedIds(7);

        int total = KeysetPaging.each(fetchFrom(ids), id -> id, 3, page -> {
            log.add("process " + page.size());
            return Uni.createFrom().item(page.size() * 10);
        }).await().atMost(Duration.ofSeconds(10));

        assertThat(total).isEqualTo(70);
        assertThat(log).containsExactly("fetch after null", "process 3", "fetch after " + ids.get(2), "process 3",
                "fetch after " + ids.get(5), "process 1");
    }

    @Test
    void aFullLastPageIsFollowedByOneEmptyFetch() {
        List<UUID> ids = sortedIds(4);

        int total = KeysetPaging.each(fetchFrom(ids), id -> id, 2, page -> Uni.createFrom().item(page.size()))
                .await().atMost(Duration.ofSeconds(10));

        assertThat(total).isEqualTo(4);
        assertThat(log).containsExactly("fetch after null", "fetch after " + ids.get(1), "fetch after " + ids.get(3));
    }

    @Test
    void pagesThatNoRuleActsOnDoNotStopTheScan() {
        List<UUID> ids = sortedIds(10);
        UUID last = ids.get(9);

        int acted = KeysetPaging.each(fetchFrom(ids), id -> id, 2,
                page -> Uni.createFrom().item(page.contains(last) ? 1 : 0)).await().atMost(Duration.ofSeconds(10));

        assertThat(acted).isEqualTo(1);
    }

    @Test
    void anEmptyScanFetchesOnce() {
        int total = KeysetPaging.each(fetchFrom(List.of()), id -> id, 5, page -> Uni.createFrom().item(99))
                .await().atMost(Duration.ofSeconds(10));

        assertThat(log).containsExactly("fetch after null");
        assertThat(total).isEqualTo(99); // process still sees the (empty) page
    }

    private KeysetPaging.Fetch<UUID> fetchFrom(List<UUID> sorted) {
        return (after, limit) -> {
            log.add("fetch after " + after);
            return Uni.createFrom().item(sorted.stream().filter(id -> after == null || id.compareTo(after) > 0)
                    .limit(limit).toList());
        };
    }

    private static List<UUID> sortedIds(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).sorted().toList();
    }
}
