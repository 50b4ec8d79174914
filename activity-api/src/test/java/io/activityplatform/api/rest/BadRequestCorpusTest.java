package io.activityplatform.api.rest;

import static io.activityplatform.service.rest.BadRequestCorpus.get;
import static io.activityplatform.service.rest.BadRequestCorpus.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.rest.BadRequestCorpus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad requests: every one answers a 4xx problem body naming the parameter or field, never a 5xx,
 * a bare 404 for a malformed id, or a message naming a Java class.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class BadRequestCorpusTest {

    private static final String ANY = UUID.randomUUID().toString();
    private static final String SCRIPT = "{\"type\":\"ExecuteScriptRequest\",\"computerId\":\"c-1\","
            + "\"parameters\":{\"interpreter\":\"/bin/sh\",\"code\":\"echo\"}";

    static Stream<BadRequestCorpus> corpus() {
        return Stream.of(
                // a malformed id in the path is a 400 naming it, wherever it appears
                get("/activities/not-a-uuid", 400, "id"),
                get("/activities/123", 400, "id"),
                get("/activities/00000000-0000-0000-0000-00000000000g", 400, "id"),
                get("/activities/not-a-uuid/summary", 400, "id"),
                get("/activities/not-a-uuid/history", 400, "id"),
                get("/activities/not-a-uuid/output", 400, "id"),
                get("/activities/not-a-uuid/result/artifacts/out.txt", 400, "id"),
                get("/activities/not-a-uuid/attempts", 400, "id"),
                send("POST", "/activities/not-a-uuid/cancel", "{}", 400, "id"),
                send("POST", "/activities/not-a-uuid/approve", "{}", 400, "id"),
                send("POST", "/activities/not-a-uuid/hold", "{}", 400, "id"),
                send("POST", "/activities/not-a-uuid/retry", "{}", 400, "id"),
                get("/schedules/not-a-uuid", 400, "id"),
                send("PUT", "/schedules/not-a-uuid", "{}", 400, "id"),
                send("DELETE", "/schedules/not-a-uuid", null, 400, "id"),
                send("POST", "/schedules/not-a-uuid/activate", null, 400, "id"),
                send("POST", "/schedules/not-a-uuid/deactivate", null, 400, "id"),
                get("/schedules/not-a-uuid/firings", 400, "id"),
                get("/admin/view/activities/not-a-uuid", 400, "id"),
                // query parameters: page size, cursors, filters
                get("/activities?limit=-1", 400, "limit"),
                get("/activities?limit=0", 400, "limit"),
                get("/activities?limit=1000000000", 400, "limit"),
                get("/activities?limit=ten", 400, "limit"),
                get("/activities?limit=501", 400, "limit"),
                get("/activities?cursor=garbage", 400, "cursor"),
                get("/activities?order=sideways", 400, "order"),
                get("/activities?createdAfter=yesterday", 400, "createdAfter"),
                get("/activities?createdBefore=2026-13-01", 400, "createdBefore"),
                get("/activities?status=FLYING", 400, "status"),
                get("/activities?kind=ALIEN", 400, "kind"),
                get("/schedules?limit=-1", 400, "limit"),
                get("/schedules?limit=0", 400, "limit"),
                get("/schedules?limit=1000000000", 400, "limit"),
                get("/schedules?limit=many", 400, "limit"),
                get("/schedules?cursor=garbage", 400, "cursor"),
                get("/schedules?active=maybe", 400, "active"),
                get("/schedules/" + ANY + "/firings?limit=-1", 400, "limit"),
                get("/schedules/" + ANY + "/firings?limit=1000000000", 400, "limit"),
                get("/schedules/" + ANY + "/firings?cursor=garbage", 400, "cursor"),
                get("/schedules?cursor=garbage", 400, "cursor"),
                get("/schedules?cursor=" + java.util.Base64.getUrlEncoder().encodeToString("a\nb".getBytes()), 400,
                        "cursor"),
                get("/admin/view/activities?limit=-1", 400, "limit"),
                get("/admin/view/activities?limit=1000000000", 400, "limit"),
                get("/admin/view/activities?cursor=garbage", 400, "cursor"),
                // bodies: broken JSON, wrong JSON types, missing and unknown fields
                send("POST", "/activities", "{\"type\":", 400, "body"),
                send("POST", "/activities", "not json", 400, "body"),
                send("POST", "/activities", "[]", 400, "body"),
                send("POST", "/activities", "{}", 400, "type"),
                send("POST", "/activities", SCRIPT + ",\"deliverAfter\":\"tomorrow\"}", 400, "deliverAfter"),
                send("POST", "/activities", SCRIPT + ",\"deliverAfter\":true}", 400, "deliverAfter"),
                send("POST", "/activities", SCRIPT + ",\"timeoutSeconds\":\"soon\"}", 400, "timeoutSeconds"),
                send("POST", "/activities", SCRIPT + ",\"computerIds\":\"c-2\"}", 400, "computerIds"),
                send("POST", "/activities", SCRIPT + ",\"colour\":\"red\"}", 400, "colour"),
                send("POST", "/activities", SCRIPT + ",\"waitFor\":{\"activityId\":\"" + ANY
                        + "\",\"until\":\"SOON\"}}", 400, "waitFor.until"),
                send("POST", "/activities", SCRIPT + ",\"waitFor\":[]}", 400, "waitFor"),
                send("POST", "/activities", SCRIPT + ",\"retry\":{\"maxAttempts\":\"twice\"}}", 400,
                        "retry.maxAttempts"),
                send("POST", "/calendars", "{\"name\":\"x\",\"dates\":[\"2026-02-30\"]}", 400, "dates[0]"),
                send("POST", "/activities/bulk/cancel", "{\"ids\":\"all\"}", 400, null),
                send("POST", "/activities/bulk/cancel", "[", 400, "body"),
                send("POST", "/activities/bulk/create", "{\"activities\":{}}", 400, null),
                send("POST", "/activities/bulk/create", "{\"activities\":[{\"type\":7}]}", 400, null),
                send("POST", "/activities/bulk/create", "{\"activities\":[null]}", 400, "activities[0]"),
                send("POST", "/schedules", "{}", 400, null),
                send("POST", "/schedules", "{\"name\":5,\"triggerTimes\":\"noon\"}", 400, null),
                send("POST", "/schedules", "{\"timezone\":[]}", 400, "timezone"),
                send("POST", "/calendars", "{\"name\":\"x\",\"dates\":\"2026-12-25\"}", 400, "dates"),
                send("POST", "/calendars", "{\"name\":\"x\",\"dates\":[\"Christmas\"]}", 400, "dates[0]"),
                send("PUT", "/calendars/x", "{", 400, "body"),
                send("POST", "/activities", "{\"type\":\"RemoveComputerActivity\",\"parameters\":"
                        + "{\"computerId\":\"corpus-no-such-computer\"}}", 422, "parameters.computerId"),
                // no such thing, wrong method, too large: problems all the same
                get("/activities/" + ANY, 404, null),
                get("/schedules/" + ANY, 404, null),
                send("DELETE", "/activities/" + ANY, null, 405, null),
                send("POST", "/activities", "{\"code\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}", 413, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAProblemNamingTheField(BadRequestCorpus request) {
        request.check(Map.of("X-User", "corpus"));
    }

    @Inject
    LogDriver log;

    @org.junit.jupiter.api.Test
    void removingAKnownComputerIsAccepted() {
        String computer = log.computer();

        given().contentType("application/json").header("X-User", "corpus")
                .body(Map.of("type", "RemoveComputerActivity", "parameters", Map.of("computerId", computer)))
                .post("/activities").then().statusCode(201);
    }

    @org.junit.jupiter.api.Test
    void theCorpusIsLargeEnough() {
        List<BadRequestCorpus> all = corpus().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().filter(r -> r.field() != null)).hasSizeGreaterThanOrEqualTo(55);
    }
}
