package io.activityplatform.api.console;

import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.createWith;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the console reads besides the activity API proper: types, counts, allowed commands, its files. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ConsoleApiTest {

    @Inject
    LogDriver log;

    @Test
    void activityTypesExposeTheParameterSchemas() {
        given().get("/activity-types").then().statusCode(200)
                .body("size()", equalTo(39))
                .body("find { it.name == 'ExecuteScriptRequest' }.kind", equalTo("CLIENT"))
                .body("find { it.name == 'ExecuteScriptRequest' }.parameters.name",
                        hasItems("interpreter", "code", "timeLimitSeconds"))
                .body("find { it.name == 'ArchiveRequest' }.kind", equalTo("SERVER"));
        given().get("/activity-types/SignalProcessRequest").then().statusCode(200)
                .body("parameters.find { it.name == 'signal' }.type", equalTo("ENUM"))
                .body("parameters.find { it.name == 'signal' }.required", equalTo(true))
                .body("atLeastOneOf[0]", hasItems("pid", "name"));
        given().get("/activity-types/NoSuchRequest").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("NoSuchRequest"));
    }

    @Test
    void anActivityListsTheCommandsItsStatusAllows() {
        String computer = log.computer();
        UUID blocked = createWith("alice", with(script(computer), "requireApproval", true));
        UUID queued = createScript("alice", computer);

        given().get("/activities/" + blocked).then().body("allowedCommands", equalTo(java.util.List.of("cancel", "approve")));
        given().get("/activities/" + queued).then().body("allowedCommands", equalTo(java.util.List.of("cancel", "hold")));
        log.move(queued, ActivityStatus.IN_PROGRESS, 1);
        log.move(queued, ActivityStatus.FAILED, 2);
        given().get("/activities/" + queued).then().body("allowedCommands", equalTo(java.util.List.of("retry")));
    }

    @Test
    void countsFollowTheListFilters() {
        String computer = log.computer();
        createScript("alice", computer);
        createScript("alice", computer);
        UUID running = createScript("alice", computer);
        log.move(running, ActivityStatus.IN_PROGRESS, 1);

        given().get("/activities/counts?computer=" + computer).then().statusCode(200)
                .body("total", equalTo(3))
                .body("byStatus.QUEUED", equalTo(2))
                .body("byStatus.IN_PROGRESS", equalTo(1))
                .body("byStatus.SUCCEEDED", equalTo(0))
                .body("finished", equalTo(0));
        given().get("/activities/counts?computer=" + computer + "&status=IN_PROGRESS").then()
                .body("total", equalTo(1));
        given().get("/activities/counts?status=RUNNING").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void theConsoleIsServedWithItsSettings() {
        given().get("/console/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("js/app.js"));
        given().get("/console/js/sse.js").then().statusCode(200).body(containsString("Last-Event-ID"));
        given().get("/console/config.json").then().statusCode(200).body("messageSystemUrl", nullValue());
    }
}
