package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Progress, output, results, errors and artifacts, all served from this service's view. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class OutputAndArtifactTest {

    @Inject
    LogDriver log;

    @Test
    void outputCollectsProgressAndCanBeTailed() {
        UUID id = createScript("alice", log.computer());
        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        log.progress(id, 10, "line1\n", 1);
        log.progress(id, 60, "line2\n", 2);

        given().get("/activities/" + id + "/output").then().statusCode(200)
                .body("output", equalTo("line1\nline2\n"))
                .body("progressPercent", equalTo(60))
                .body("sequence", equalTo(2))
                .body("from", equalTo(0))
                .body("next", equalTo(12))
                .body("status", equalTo("IN_PROGRESS"));
        given().get("/activities/" + id + "/output?from=6").then().statusCode(200)
                .body("output", equalTo("line2\n")).body("from", equalTo(6));
        given().get("/activities/" + id).then()
                .body("output.progressPercent", equalTo(60))
                .body("output.chars", equalTo(12))
                .body("output.href", equalTo("/activities/" + id + "/output"));
        given().get("/activities/" + id + "/output?from=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aReportRidingInTheFinalEventIsDownloadableWithItsMediaType() {
        UUID id = as("alice").body(Map.of("type", "GenerateUsgReportActivity", "parameters", Map.of("format", "csv")))
                .post("/activities").then().statusCode(201).extract().jsonPath().getUUID("id");
        log.move(id, ActivityStatus.IN_PROGRESS, 1);
        log.move(id, ActivityStatus.SUCCEEDED, 2, new ActivityResult(0, "2 computers", List.of(
                new ActivityResult.Artifact("usg report.csv", "text/csv", "computer,score\nc1,97\n"))), null);

        String href = given().get("/activities/" + id).then().statusCode(200)
                .body("result.code", equalTo(0))
                .body("result.text", equalTo("2 computers"))
                .body("result.artifacts[0].name", equalTo("usg report.csv"))
                .body("result.artifacts[0].mediaType", equalTo("text/csv"))
                .body("result.artifacts[0].chars", equalTo(21))
                .extract().path("result.artifacts[0].href");

        // The href is already percent-encoded ("usg%20report.csv"): sent as is.
        given().urlEncodingEnabled(false).get(href).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("usg report.csv"))
                .body(equalTo("computer,score\nc1,97\n"));
        given().get("/activities/" + id + "/result/artifacts/missing.csv").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("usg report.csv"));
    }

    @Test
    void aFailureShowsItsErrorAndAnActivityWithoutResultHasNoArtifacts() {
        UUID failed = createScript("alice", log.computer());
        log.move(failed, ActivityStatus.IN_PROGRESS, 1);
        log.move(failed, ActivityStatus.FAILED, 2, ActivityResult.of(2, "exit 2"),
                new ActivityError("EXECUTION_FAILED", "script exited with 2"));

        given().get("/activities/" + failed).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("error.code", equalTo("EXECUTION_FAILED"))
                .body("result.code", equalTo(2));
        UUID queued = createScript("alice", log.computer());
        given().get("/activities/" + queued + "/result/artifacts/report.csv").then().statusCode(404);
        given().get("/activities/" + UUID.randomUUID() + "/output").then().statusCode(404);
    }
}
