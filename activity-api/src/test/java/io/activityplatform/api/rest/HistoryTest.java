package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
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

        assertThat(history.getList("eventType")).containsExactly("activity.created", "activity.status-changed",
                "activity.status-changed");
        assertThat(history.getList("applied")).containsExactly(true, true, false);
        assertThat(history.getList("actor.kind")).containsExactly("USER", "USER", "SERVICE");
        assertThat(history.getList("actor.id")).containsExactly("alice", "bob", "message-system");
        assertThat(history.getList("source")).containsExactly("activity-api", "activity-api", "message-system");
        assertThat(history.getList("statusAfter")).containsExactly("QUEUED", "CANCELED", "CANCELED");
        assertThat(history.getList("statusVersion")).containsExactly(1, 2, 2);
        assertThat(history.<String>get("[1].details.reason")).isEqualTo("maintenance window");
        assertThat(history.<String>get("[1].details.from")).isEqualTo("QUEUED");
        assertThat(history.<Integer>get("[1].details.expectedVersion")).isEqualTo(1);
        assertThat(history.<String>get("[2].rejection")).isEqualTo("ALREADY_FINAL");
        assertThat(history.<String>get("[2].rejectionDetail")).contains("CANCELED");
        assertThat(history.getList("occurredAt")).doesNotContainNull();
        assertThat(history.getList("partition")).containsOnly(history.getInt("[0].partition"));
        List<Long> offsets = history.getList("offset", Long.class);
        assertThat(offsets).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void historyOfAnUnknownActivityIs404() {
        given().get("/activities/" + UUID.randomUUID() + "/history").then().statusCode(404)
                .body("status", equalTo(404));
    }
}
