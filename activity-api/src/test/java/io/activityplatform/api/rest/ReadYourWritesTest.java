package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.script;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.support.ProjectionGate;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * When this service's view does not show a change within the read-your-writes bound (here: the projection
 * is held), the answer is 202 with a Location where the change appears once the view catches up.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ReadYourWritesTest {

    @Inject
    LogDriver log;
    @Inject
    ProjectionGate gate;

    @Test
    void aCreateThatIsNotVisibleInTimeIs202WithALocationThatLaterShowsIt() {
        String computer = log.computer();
        gate.close();
        String location;
        try {
            var accepted = as("alice").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(script(computer)).post("/activities").then().statusCode(202).extract();
            location = accepted.header("Location");
            assertThat(accepted.<String>path("location")).isNotBlank();
        } finally {
            gate.open();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get(location).statusCode() == 200);
        given().get(location).then().body("status", equalTo("QUEUED"));
    }

    @Test
    void aCommandThatIsNotVisibleInTimeIs202() {
        UUID id = createScript("alice", log.computer());
        gate.close();
        try {
            as("bob").post("/activities/" + id + "/cancel").then().statusCode(202)
                    .header("Location", org.hamcrest.Matchers.endsWith("/activities/" + id));
        } finally {
            gate.open();
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "CANCELED".equals(given().get("/activities/" + id).path("status")));
    }
}
