package io.activityplatform.jobs.rest;

import static io.activityplatform.service.rest.BadRequestCorpus.get;
import static io.activityplatform.service.rest.BadRequestCorpus.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.rest.BadRequestCorpus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad requests to job-handler's operator endpoints: each answers a 4xx problem body naming the
 * parameter, never a bare 404 for a malformed id, and no message names a Java class.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class BadRequestCorpusTest {

    /** Ids that are not UUIDs: wrong length, wrong alphabet, wrong grouping, words, numbers. */
    private static final List<String> NOT_UUIDS = List.of("not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g",
            "00000000000000000000000000000000", "0000-0000", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "null", "-1",
            "%20", "00000000-0000-0000-0000-0000000000000000000", "0", "uuid", "g0000000-0000-0000-0000-000000000000",
            "00000000_0000_0000_0000_000000000000");
    /** Page sizes outside 1..max, or not whole numbers. */
    private static final List<String> BAD_LIMITS = List.of("-1", "0", "1000000000", "99999999999", "ten", "1.5",
            "1e3", "0x10", "%20", "-0");
    private static final List<String> BAD_CURSORS = List.of("garbage", "123", "2026-01-01", "tomorrow",
            "00000000-0000-0000-0000-00000000000g");

    static Stream<BadRequestCorpus> corpus() {
        Stream<BadRequestCorpus> ids = NOT_UUIDS.stream().flatMap(id -> Stream.of(
                get("/admin/jobs/" + id, 400, "activityId"),
                get("/admin/view/activities/" + id, 400, "id")));
        Stream<BadRequestCorpus> limits = BAD_LIMITS.stream().flatMap(limit -> Stream.of(
                get("/admin/jobs?limit=" + limit, 400, "limit"),
                get("/admin/view/activities?limit=" + limit, 400, "limit")));
        Stream<BadRequestCorpus> cursors = BAD_CURSORS.stream().flatMap(cursor -> Stream.of(
                get("/admin/view/activities?cursor=" + cursor, 400, "cursor"),
                get("/admin/jobs?cursor=" + cursor, 400, "cursor")));
        Stream<BadRequestCorpus> others = Stream.of(
                get("/admin/jobs?limit=1001", 400, "limit"),
                get("/admin/view/activities?limit=5001", 400, "limit"),
                get("/admin/jobs/" + UUID.randomUUID(), 404, null),
                get("/admin/view/activities/" + UUID.randomUUID(), 404, null),
                send("POST", "/admin/jobs", "{}", 405, null),
                send("DELETE", "/admin/jobs/" + UUID.randomUUID(), null, 405, null),
                send("PUT", "/admin/view/activities", "{}", 405, null),
                send("GET", "/admin/projection/rebuild", null, 405, null),
                send("POST", "/admin/projection/rebuild", "x".repeat(11 * 1024 * 1024), 413, null));
        return Stream.of(ids, limits, cursors, others).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAProblemNamingTheParameter(BadRequestCorpus request) {
        request.check(Map.of());
    }

    @Test
    void theCorpusIsLargeEnough() {
        List<BadRequestCorpus> all = corpus().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().filter(r -> r.field() != null)).hasSizeGreaterThanOrEqualTo(50);
    }
}
