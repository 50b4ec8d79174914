package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.rest.PageWalker;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit trail: every event, applied or rejected, with who, why, from which service and where in the log. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class HistoryTest {

    @Inject
    LogDriver log;

    @Test
    void historyAnswersWhoCanceledItWhenAndRecordsRejectedEventsToo() {
        UUID id = createScript("alice", log.computer());
        as("bob").body(Map.of("reason", "maintenance window")).post("/activities/" + id + "/cancel").then()
                .statusCode(200);
        log.move(id, ActivityStatus.IN_PROGRESS, null);

        JsonPath history = given().get("/activities/" + id + "/history").then().statusCode(200).extract().jsonPath();

        assertThat(history.getList("items.eventType")).containsExactly("activity.created", "activity.status-changed",
                "activity.status-changed");
        assertThat(history.getList("items.applied")).containsExactly(true, true, false);
        assertThat(history.getList("items.actor.kind")).containsExactly("USER", "USER", "SERVICE");
        assertThat(history.getList("items.actor.id")).containsExactly("alice", "bob", "message-system");
        assertThat(history.getList("items.source")).containsExactly("activity-api", "activity-api", "message-system");
        assertThat(history.getList("items.statusAfter")).containsExactly("QUEUED", "CANCELED", "CANCELED");
        assertThat(history.getList("items.statusVersion")).containsExactly(1, 2, 2);
        assertThat(history.<String>get("items[1].details.reason")).isEqualTo("maintenance window");
        assertThat(history.<String>get("items[1].details.from")).isEqualTo("QUEUED");
        assertThat(history.<Integer>get("items[1].details.expectedVersion")).isEqualTo(1);
        assertThat(history.<String>get("items[2].rejection")).isEqualTo("ALREADY_FINAL");
        assertThat(history.<String>get("items[2].rejectionDetail")).contains("CANCELED");
        assertThat(history.getList("items.occurredAt")).doesNotContainNull();
        assertThat(history.getList("items.partition")).containsOnly(history.getInt("items[0].partition"));
        List<Long> offsets = history.getList("items.offset", Long.class);
        assertThat(offsets).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aLongHistoryIsReadPageByPageInLogOrderFollowingTheLinkHeader() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, null);
        for (int percent = 10; percent <= 50; percent += 10) {
            log.progress(id, percent, "line " + percent + "\n", percent / 10);
        }
        List<String> all = given().get("/activities/" + id + "/history").then().statusCode(200).extract()
                .jsonPath().getList("items.eventId", String.class);
        assertThat(all).hasSizeGreaterThanOrEqualTo(7);

        List<String> paged = PageWalker.walk("/activities/" + id + "/history?limit=2", 2, "eventId", "limit=2");

        assertThat(paged).containsExactlyElementsOf(all);
        given().get("/activities/" + id + "/history?limit=1001").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().get("/activities/" + id + "/history?cursor=nonsense").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void historyOfAnUnknownActivityIs404() {
        given().get("/activities/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .body("status", equalTo(404));
    }
}
