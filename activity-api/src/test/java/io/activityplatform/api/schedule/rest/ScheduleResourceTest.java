package io.activityplatform.api.schedule.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.repository.ScheduleRepository;
import io.activityplatform.api.testsupport.FastReactions;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /schedules}: CRUD, activation, paging, and every validation error as a problem naming its field. */
@QuarkusTest
@TestProfile(FastReactions.class)
@WithTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api_reactions"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ScheduleResourceTest {

    @Inject
    MutableClock clock;

    @Inject
    ScheduleRepository repository;

    /** The seed 002 task as a schedule request, without its calendar. */
    static Map<String, Object> seedTask() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "task2");
        body.put("description", "A Stray task : Run an ls command");
        body.put("template", new HashMap<>(Map.of("type", "ExecuteScriptRequest",
                "parameters", Map.of("interpreter", "/bin/sh", "code", "ls -l ; sleep 120; ls -l "),
                "computerIds", List.of("production-server-1"), "timeoutSeconds", 300,
                "retry", Map.of("maxAttempts", 3, "backoff", "FIXED", "initialDelaySeconds", 60))));
        body.put("dayOfWeek", "1111111");
        body.put("triggerTimes", List.of("08:30"));
        body.put("timezone", "US/Eastern");
        body.put("active", true);
        return body;
    }

    private static Map<String, Object> seedWith(String field, Object value) {
        Map<String, Object> body = seedTask();
        body.put(field, value);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> seedWithTemplate(String field, Object value) {
        Map<String, Object> body = seedTask();
        ((Map<String, Object>) body.get("template")).put(field, value);
        return body;
    }

    private static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    private static String create(Map<String, Object> body) {
        return json(body).post("/schedules").then().statusCode(201).extract().path("id");
    }

    @Test
    void theSeedTaskBecomesAScheduleWithItsNextFireTime() {
        clock.set(Instant.parse("2026-01-05T12:00:00Z"));

        io.restassured.response.Response created = json(seedTask()).post("/schedules");
        String id = created.then().statusCode(201).extract().path("id");

        assertThat(created.header("Location")).endsWith("/schedules/" + id);

        given().get("/schedules/{id}", id).then().statusCode(200)
                .body("name", equalTo("task2"))
                .body("active", equalTo(true))
                .body("timezone", equalTo("US/Eastern"))
                .body("template.retry.maxAttempts", equalTo(3))
                .body("template.computerIds", contains("production-server-1"))
                .body("nextFireAt", equalTo("2026-01-05T13:30:00Z"))
                .body("firedCount", equalTo(0));
    }

    @Test
    void aScheduleIsReplacedDeactivatedActivatedAndDeleted() {
        clock.set(Instant.parse("2026-02-02T00:00:00Z"));
        String id = create(seedTask());

        json(seedWith("triggerTimes", List.of("07:00", "19:00"))).put("/schedules/{id}", id).then().statusCode(200)
                .body("triggerTimes", contains("07:00", "19:00"))
                .body("nextFireAt", equalTo("2026-02-02T12:00:00Z"));
        given().post("/schedules/{id}/deactivate", id).then().statusCode(200)
                .body("active", equalTo(false)).body("nextFireAt", nullValue());
        Map<String, Object> withoutActive = seedTask();
        withoutActive.remove("active");
        json(withoutActive).put("/schedules/{id}", id).then().statusCode(200).body("active", equalTo(false));
        given().post("/schedules/{id}/activate", id).then().statusCode(200)
                .body("active", equalTo(true)).body("nextFireAt", notNullValue());

        given().delete("/schedules/{id}", id).then().statusCode(204);
        given().get("/schedules/{id}", id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownSchedulesAreNotFoundEverywhere() {
        UUID unknown = UUID.randomUUID();

        given().get("/schedules/{id}", unknown).then().statusCode(404).contentType("application/problem+json");
        json(seedTask()).put("/schedules/{id}", unknown).then().statusCode(404);
        given().delete("/schedules/{id}", unknown).then().statusCode(404);
        given().post("/schedules/{id}/activate", unknown).then().statusCode(404);
        given().post("/schedules/{id}/deactivate", unknown).then().statusCode(404);
        given().get("/schedules/{id}/firings", unknown).then().statusCode(404);
    }

    @Test
    void eachBadFieldIsNamedInTheProblem() {
        expectInvalid(seedWith("timezone", "Mars/Olympus_Mons"), "timezone");
        expectInvalid(seedWith("dayOfWeek", "11111"), "dayOfWeek");
        expectInvalid(seedWith("triggerTimes", List.of("08:30", "8h30")), "triggerTimes[1]");
        expectInvalid(seedWith("calendar", "NO_SUCH_CALENDAR"), "calendar");
        expectInvalid(seedWithTemplate("parameters", Map.of("interpreter", "/bin/sh")), "template.parameters.code");
        expectInvalid(seedWithTemplate("type", "FormatDiskRequest"), "template.type");
        expectInvalid(seedWithTemplate("computerIds", List.of()), "template.computerIds");
        expectInvalid(seedWithTemplate("retry", Map.of("maxAttempts", 0, "backoff", "FIXED")),
                "template.retry.maxAttempts");
    }

    @Test
    void anUnreadableValueIsNamedToo() {
        json(seedWithTemplate("retry", Map.of("maxAttempts", 2, "backoff", "LINEAR"))).post("/schedules")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("template.retry.backoff"));
    }

    @Test
    void severalProblemsAreReportedTogetherAndNothingIsStored() {
        Map<String, Object> body = seedWith("timezone", "Nowhere");
        body.put("dayOfWeek", "0000000");
        body.put("calendar", "MISSING");
        int before = given().get("/schedules?limit=500").then().extract().path("items.size()");

        json(body).post("/schedules").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("dayOfWeek", "timezone", "calendar"));

        assertThat((int) given().get("/schedules?limit=500").then().extract().path("items.size()"))
                .isEqualTo(before);
    }

    @Test
    void schedulesArePagedInIdOrderAndFilteredByActive() {
        for (int i = 0; i < 3; i++) {
            create(seedTask());
        }
        String inactive = create(seedWith("active", false));

        List<String> first = given().get("/schedules?limit=2").then().statusCode(200).extract().path("items.id");
        String next = given().get("/schedules?limit=2").then().extract().path("nextCursor");
        String link = given().get("/schedules?limit=2").then().extract().header("Link");
        List<String> second = given().get("/schedules?limit=2&cursor=" + next).then().statusCode(200)
                .extract().path("items.id");
        assertThat(link).startsWith("<http://").contains("limit=2").contains("cursor=" + next)
                .endsWith(">; rel=\"next\"");

        assertThat(first).hasSize(2).isSorted();
        assertThat(second).isNotEmpty().allSatisfy(id -> assertThat(id).isGreaterThan(first.get(1)));
        given().get("/schedules?active=false&limit=500").then().statusCode(200).body("items.id", hasItem(inactive))
                .body("items.active", org.hamcrest.Matchers.everyItem(equalTo(false)));
        given().get("/schedules?limit=0").then().statusCode(400).body("errors.field", contains("limit"));
        given().get("/schedules?limit=501").then().statusCode(400).body("errors.field", contains("limit"));
    }

    @Test
    void aReplaceUnderAStaleIfMatchIsRefusedAndACurrentOneMovesTheETag() {
        clock.set(Instant.parse("2026-02-03T00:00:00Z"));
        String id = json(seedTask()).post("/schedules").then().statusCode(201).header("ETag", equalTo("\"1\""))
                .extract().path("id");
        String read = given().get("/schedules/{id}", id).then().statusCode(200).body("version", equalTo(1))
                .extract().header("ETag");
        assertThat(read).isEqualTo("\"1\"");

        json(seedWith("triggerTimes", List.of("07:00"))).header("If-Match", read).put("/schedules/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("version", equalTo(2));
        json(seedWith("triggerTimes", List.of("09:00"))).header("If-Match", read).put("/schedules/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").body("version", equalTo(2));
        given().get("/schedules/{id}", id).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("triggerTimes", contains("07:00"));

        // Without If-Match the last writer wins; activation is a configuration change too.
        json(seedWith("triggerTimes", List.of("10:00"))).put("/schedules/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"3\"")).body("triggerTimes", contains("10:00"));
        given().post("/schedules/{id}/deactivate", id).then().statusCode(200).header("ETag", equalTo("\"4\""));
        json(seedTask()).header("If-Match", "W/\"4\"").put("/schedules/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"5\""));
        json(seedTask()).header("If-Match", "yesterday").put("/schedules/{id}", id).then().statusCode(400)
                .body("errors.field", contains("If-Match"));
    }

    @Test
    void theConditionalUpdateItselfRefusesAVersionThatMovedOn() {
        clock.set(Instant.parse("2026-02-04T00:00:00Z"));
        String id = create(seedTask());
        LoadedSchedule loaded = repository.find(UUID.fromString(id),
                java.util.Set.of(io.activityplatform.service.security.TestTokens.ACCOUNT)).await().indefinitely()
                .orElseThrow();
        Instant next = Instant.parse("2026-02-05T00:00:00Z");

        // Past the service's own check: a writer that read version 1 after another moved it to 2 is refused.
        assertThat(repository.save(loaded.schedule(), next, 1).await().indefinitely()).isTrue();
        assertThat(repository.save(loaded.schedule(), next, 1).await().indefinitely()).isFalse();
        assertThat(repository.save(loaded.schedule(), next, null).await().indefinitely()).isTrue();
        given().get("/schedules/{id}", id).then().statusCode(200).header("ETag", equalTo("\"3\""));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndItsProblems() {
        String document = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        assertThat(document).contains("\"/schedules\"", "\"/schedules/{id}\"", "\"/schedules/{id}/activate\"",
                "\"/schedules/{id}/deactivate\"", "\"/schedules/{id}/firings\"", "\"/calendars\"",
                "\"/calendars/{name}\"", "\"/activities/{id}/retry\"", "\"/activities/{id}/attempts\"",
                "application/problem+json", "MONDAY FIRST");
    }

    private static void expectInvalid(Map<String, Object> body, String field) {
        json(body).post("/schedules").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", contains(field));
    }
}
