package io.activityplatform.api.schedule.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.api.testsupport.EventLog;
import io.activityplatform.api.testsupport.FastReactions;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What replicas and crashes do to schedules: concurrent firing passes and a firing published twice still give
 * one activity per fire time; a calendar changed after the schedule was created applies to its next firings.
 */
@QuarkusTest
@TestProfile(FastReactions.class)
@WithTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api_reactions"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ScheduleReplicaTest {

    @Inject
    MutableClock clock;
    @Inject
    ScheduleFirer firer;
    @Inject
    EventLog log;
    @Inject
    ActivityViewStore view;
    @Inject
    Pool pool;

    private static String schedule(String time, String calendar) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "replicated", "dayOfWeek", "1111111",
                "triggerTimes", List.of(time), "timezone", "UTC", "template",
                Map.of("type", "GenerateUsgReportActivity", "parameters", Map.of("format", "json"))));
        if (calendar != null) {
            body.put("calendar", calendar);
        }
        return given().contentType(ContentType.JSON).body(body).post("/schedules").then().statusCode(201)
                .extract().path("id");
    }

    private static Instant nextFireAt(String id) {
        return Instant.parse(given().get("/schedules/{id}", id).then().statusCode(200).extract().path("nextFireAt"));
    }

    private static List<String> fireTimes(String id) {
        return given().get("/schedules/{id}/firings", id).then().statusCode(200).extract().path("items.fireAt");
    }

    private long activitiesOf(String scheduleId) {
        return pool.preparedQuery("select count(*) from activity_view where state -> 'definition' ->> 'scheduleId' = $1")
                .execute(Tuple.of(scheduleId)).await().atMost(EventLog.BOUND).iterator().next().getLong(0);
    }

    @Test
    void concurrentFiringPassesCreateOneActivityPerFireTime() {
        clock.set(Instant.parse("2026-09-01T00:00:00Z"));
        String id = schedule("03:00", null);

        clock.set(Instant.parse("2026-09-01T03:00:05Z"));
        List<Integer> fired = Uni.join().all(firer.fireDue(), firer.fireDue(), firer.fireDue()).andFailFast()
                .await().atMost(EventLog.BOUND);
        await().atMost(EventLog.BOUND).until(() -> nextFireAt(id).isAfter(clock.instant()));

        assertThat(fired.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(1);
        assertThat(fireTimes(id)).containsExactly("2026-09-01T03:00:00Z");
        UUID activity = DeterministicIds.scheduleFiring(UUID.fromString(id), Instant.parse("2026-09-01T03:00:00Z"));
        await().atMost(EventLog.BOUND).until(() -> view.find(activity).await().atMost(EventLog.BOUND).isPresent());
        assertThat(activitiesOf(id)).isEqualTo(1);
    }

    @Test
    void aFiringPublishedAgainByACrashedReplicaIsRejectedAsADuplicate() {
        clock.set(Instant.parse("2026-09-10T00:00:00Z"));
        String id = schedule("04:00", null);
        Instant fire = Instant.parse("2026-09-10T04:00:00Z");
        clock.set(fire.plusSeconds(10));
        UUID activity = DeterministicIds.scheduleFiring(UUID.fromString(id), fire);
        ActivityState first = await().atMost(EventLog.BOUND)
                .until(() -> view.find(activity).await().atMost(EventLog.BOUND), java.util.Optional::isPresent)
                .orElseThrow();

        // A replica that published the same firing but crashed before recording it publishes it again later.
        ActivityTemplate template = new ActivityTemplate("GenerateUsgReportActivity", Map.of("format", "json"),
                null, null, null, null);
        for (ActivityCreated again : FiringActivities.creates(UUID.fromString(id), template, first.accountId(), Set.of(), fire,
                fire.plusSeconds(90), Actor.service("activity-api-2"), "activity-api")) {
            log.apply(again);
        }

        ActivityState after = view.find(activity).await().atMost(EventLog.BOUND).orElseThrow();
        assertThat(after.createdAt()).isEqualTo(first.createdAt());
        assertThat(after.createdBy()).isEqualTo(first.createdBy());
        assertThat(activitiesOf(id)).isEqualTo(1);
    }

    @Test
    void aHolidayAddedAfterTheScheduleWasCreatedIsSkippedAndItsRemovalRestoresTheFiring() {
        clock.set(Instant.parse("2026-11-01T00:00:00Z"));
        String calendar = "LATE_" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body(Map.of("name", calendar)).post("/calendars").then().statusCode(201);
        String id = schedule("10:00", calendar);
        assertThat(nextFireAt(id)).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));

        given().contentType(ContentType.JSON).body(Map.of("dates", List.of("2026-11-01", "2026-11-02")))
                .put("/calendars/{name}", calendar).then().statusCode(200);
        assertThat(nextFireAt(id)).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
        clock.set(Instant.parse("2026-11-01T10:05:00Z"));
        await().atMost(EventLog.BOUND).until(() -> nextFireAt(id).isAfter(clock.instant()));
        given().contentType(ContentType.JSON).body(Map.of("dates", List.of("2026-11-01")))
                .put("/calendars/{name}", calendar).then().statusCode(200);
        clock.set(Instant.parse("2026-11-02T10:05:00Z"));
        await().atMost(EventLog.BOUND).until(() -> nextFireAt(id).isAfter(clock.instant()));

        assertThat(fireTimes(id)).containsExactly("2026-11-02T10:00:00Z");
    }
}
