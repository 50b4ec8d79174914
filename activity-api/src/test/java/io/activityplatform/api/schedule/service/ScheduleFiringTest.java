package io.activityplatform.api.schedule.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.testsupport.EventLog;
import io.activityplatform.api.testsupport.FastReactions;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The firing loop against the real log and database, with the clock moved by hand: a Europe/Berlin schedule
 * fires at the right instants across both daylight-saving changes of 2026 and skips its calendar's holiday;
 * missed firings beyond the grace window are counted, not fired; an inactive schedule does not fire.
 */
@QuarkusTest
@TestProfile(FastReactions.class)
@WithTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api_reactions"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ScheduleFiringTest {

    private static final Duration BOUND = EventLog.BOUND;

    @Inject
    MutableClock clock;
    @Inject
    ActivityViewStore view;

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static String schedule(List<String> times, String zone, String calendar, List<String> computers) {
        Map<String, Object> template = Map.of("type", "ExecuteScriptRequest",
                "parameters", Map.of("interpreter", "/bin/sh", "code", "backup"), "computerIds", computers,
                "summary", "backup");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "backup", "template", template,
                "dayOfWeek", "1111111", "triggerTimes", times, "timezone", zone));
        if (calendar != null) {
            body.put("calendar", calendar);
        }
        return given().contentType(ContentType.JSON).body(body).post("/schedules").then().statusCode(201)
                .extract().path("id");
    }

    private static String calendar(String... dates) {
        String name = "HOLIDAYS_" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("name", name, "dates", List.of(dates)))
                .post("/calendars").then().statusCode(201);
        return name;
    }

    private static JsonPath get(String scheduleId) {
        return given().get("/schedules/{id}", scheduleId).then().statusCode(200).extract().jsonPath();
    }

    private static List<Instant> fireTimes(String scheduleId) {
        List<String> firings = given().get("/schedules/{id}/firings", scheduleId).then().statusCode(200)
                .extract().path("items.fireAt");
        return firings.stream().map(Instant::parse).sorted().toList();
    }

    /**
     * Moves the clock and waits until the loop has fired everything due for the given schedules: their next
     * fire time (counted from the last evaluation) is then in the future.
     */
    private void moveTo(Instant now, String... scheduleIds) {
        clock.set(now);
        for (String id : scheduleIds) {
            await().atMost(BOUND).until(() -> Instant.parse(get(id).getString("nextFireAt")).isAfter(now));
        }
    }

    @Test
    void aBerlinScheduleFiresAtTheRightInstantsAcrossSpringForwardAndSkipsItsHoliday() {
        clock.set(at("2026-03-27T23:00:00Z"));
        String holidays = calendar("2026-03-30");
        String id = schedule(List.of("02:30", "08:30"), "Europe/Berlin", holidays, List.of("computer-berlin"));
        assertThat(get(id).getString("nextFireAt")).isEqualTo("2026-03-28T01:30:00Z");

        // Each step lands one minute after a fire time, well within the misfire grace.
        List<Instant> expected = List.of(
                at("2026-03-28T01:30:00Z"),  // 02:30 CET
                at("2026-03-28T07:30:00Z"),  // 08:30 CET
                at("2026-03-29T01:30:00Z"),  // 02:30 does not exist: 03:30 CEST
                at("2026-03-29T06:30:00Z"),  // 08:30 CEST
                at("2026-03-31T00:30:00Z")); // 30 March is a holiday: its 00:30Z and 06:30Z never fire
        for (Instant fire : expected.subList(0, 4)) {
            moveTo(fire.plusSeconds(60), id);
        }
        moveTo(at("2026-03-30T12:00:00Z"), id);
        assertThat(fireTimes(id)).hasSize(4);
        assertThat(get(id).getString("nextFireAt")).isEqualTo("2026-03-31T00:30:00Z");
        moveTo(at("2026-03-31T00:31:00Z"), id);

        assertThat(fireTimes(id)).isEqualTo(expected);
        for (Instant fire : expected) {
            ActivityState activity = awaitActivity(DeterministicIds.scheduleFiring(UUID.fromString(id), fire));
            assertThat(activity.status()).isEqualTo(ActivityStatus.QUEUED);
            assertThat(activity.definition().scheduleId()).isEqualTo(UUID.fromString(id));
            assertThat(activity.definition().computerId()).isEqualTo("computer-berlin");
            assertThat(activity.createdAt()).isEqualTo(fire.plusSeconds(60));
        }
        assertThat(get(id).getLong("firedCount")).isEqualTo(5);
        assertThat(get(id).getLong("missedCount")).isZero();
    }

    @Test
    void onFallBackDayATimeThatOccursTwiceFiresOnceAtTheEarlierOffset() {
        clock.set(at("2026-10-24T12:00:00Z"));
        String id = schedule(List.of("02:30"), "Europe/Berlin", null, List.of("computer-autumn"));

        moveTo(at("2026-10-25T00:31:00Z"), id);  // 02:30 CEST, the first 02:30
        moveTo(at("2026-10-25T01:31:00Z"), id);  // 02:30 CET, the repeated hour: no second firing
        moveTo(at("2026-10-26T01:31:00Z"), id);  // 02:30 CET the next day

        assertThat(fireTimes(id)).containsExactly(at("2026-10-25T00:30:00Z"), at("2026-10-26T01:30:00Z"));
    }

    @Test
    void firingsMissedBeyondTheGraceWindowAreCountedButOnlyTheRecentOneFires() {
        clock.set(at("2026-06-01T00:00:00Z"));
        String id = schedule(List.of("08:30"), "UTC", null, List.of("computer-downtime"));

        // Four days without a tick: 1st to 4th June are older than the 15 minute grace, the 5th is not.
        moveTo(at("2026-06-05T08:40:00Z"), id);

        assertThat(fireTimes(id)).containsExactly(at("2026-06-05T08:30:00Z"));
        JsonPath schedule = get(id);
        assertThat(schedule.getLong("missedCount")).isEqualTo(4);
        assertThat(schedule.getString("lastMissedAt")).isEqualTo("2026-06-04T08:30:00Z");
        assertThat(schedule.getString("lastFiredAt")).isEqualTo("2026-06-05T08:30:00Z");
    }

    @Test
    void severalComputersGiveOneActivityPerComputerUnderOneParentPerFiring() {
        clock.set(at("2026-07-01T00:00:00Z"));
        String id = schedule(List.of("01:00"), "UTC", null, List.of("fleet-a", "fleet-b"));

        moveTo(at("2026-07-01T01:00:30Z"), id);

        UUID parent = DeterministicIds.scheduleFiring(UUID.fromString(id), at("2026-07-01T01:00:00Z"));
        for (String computer : List.of("fleet-a", "fleet-b")) {
            ActivityState child = awaitActivity(DeterministicIds.childActivity(parent, computer));
            assertThat(child.definition().parentId()).isEqualTo(parent);
            assertThat(child.definition().computerId()).isEqualTo(computer);
        }
    }

    @Test
    void anInactiveScheduleDoesNotFireAndReactivationStartsFromNow() {
        clock.set(at("2026-08-03T00:00:00Z"));
        String paused = schedule(List.of("06:00"), "UTC", null, List.of("computer-paused"));
        String witness = schedule(List.of("06:00"), "UTC", null, List.of("computer-witness"));
        given().post("/schedules/{id}/deactivate", paused).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(false));

        moveTo(at("2026-08-03T06:01:00Z"), witness);
        assertThat(fireTimes(witness)).hasSize(1);
        assertThat(fireTimes(paused)).isEmpty();

        given().post("/schedules/{id}/activate", paused).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.equalTo(true))
                .body("nextFireAt", org.hamcrest.Matchers.equalTo("2026-08-04T06:00:00Z"));
        moveTo(at("2026-08-04T06:01:00Z"), paused, witness);
        assertThat(fireTimes(paused)).containsExactly(at("2026-08-04T06:00:00Z"));
    }

    private ActivityState awaitActivity(UUID id) {
        return await().atMost(BOUND).until(() -> view.find(id).await().atMost(BOUND), java.util.Optional::isPresent)
                .orElseThrow();
    }
}
