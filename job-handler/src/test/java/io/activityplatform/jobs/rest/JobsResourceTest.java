package io.activityplatform.jobs.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.handler.HandlerRegistry;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.activityplatform.service.rest.PageWalker;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operators' endpoint and the health data expose what runs and the claim counters. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class JobsResourceTest {

    @Inject
    Activities activities;
    @Inject
    HandlerRegistry handlers;

    @Test
    void listsARunningExecutionAndCountsTheClaimItWon() {
        UUID id = activities.create(Activities.scripted("block"), ActivityStatus.QUEUED);
        await().atMost(Activities.WAIT).until(() -> given().get("/admin/jobs/" + id).statusCode() == 200);

        given().get("/admin/jobs").then().statusCode(200)
                .body("instance", startsWith("job-handler-"))
                .body("concurrency", equalTo(4))
                .body("executions.activityId", hasItem(id.toString()))
                .body("counters.claimsWon", greaterThanOrEqualTo(1));
        given().get("/admin/jobs/" + id).then().statusCode(200)
                .body("type", equalTo("SyncPocketRequest"))
                .body("claimEventId", equalTo(activities.state(id).claimEventId().toString()));
        // Tenancy: an admin of another account sees no such execution, as if it did not run here.
        String other = TestTokens.otherAccountAdmin();
        given().auth().oauth2(other).get("/admin/jobs/" + id).then().statusCode(404)
                .body("detail", equalTo("activity " + id + " is not running in job-handler process "
                        + given().get("/admin/jobs").then().extract().path("instance")));
        given().auth().oauth2(other).get("/admin/jobs").then().statusCode(200)
                .body("executions.activityId", org.hamcrest.Matchers.not(hasItem(id.toString())));

        activities.cancel(id);
        activities.awaitFinal(id);
    }

    @Test
    void runningExecutionsArePagedOldestFirstLikeEveryOtherList() {
        List<UUID> ids = List.of(activities.create(Activities.scripted("block"), ActivityStatus.QUEUED),
                activities.create(Activities.scripted("block"), ActivityStatus.QUEUED),
                activities.create(Activities.scripted("block"), ActivityStatus.QUEUED));
        await().atMost(Activities.WAIT).until(() -> ids.stream()
                .allMatch(id -> given().get("/admin/jobs/" + id).statusCode() == 200));

        List<String> paged = PageWalker.walkList(RestAssured::given, "/admin/jobs?limit=1", 1, "executions",
                "activityId", "limit=1");

        assertThat(paged).doesNotHaveDuplicates()
                .containsAll(ids.stream().map(UUID::toString).toList())
                .containsExactlyElementsOf(given().get("/admin/jobs?limit=1000").then().statusCode(200).extract()
                        .jsonPath().getList("executions.activityId", String.class));
        ids.forEach(activities::cancel);
        ids.forEach(activities::awaitFinal);
    }

    @Test
    void anActivityNotRunningHereIsAProblemNamingIt() {
        UUID id = UUID.randomUUID();

        given().get("/admin/jobs/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", org.hamcrest.Matchers.containsString(id.toString()));
        given().get("/admin/jobs/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("activityId"));
    }

    @Test
    void healthCarriesTheJobCounters() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'jobs' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'jobs' }.data.concurrency", equalTo(4))
                .body("checks.find { it.name == 'jobs' }.data.scans", greaterThanOrEqualTo(0))
                .body("checks.find { it.name == 'jobs' }.data.projectionLag", greaterThanOrEqualTo(0));
    }

    @Test
    void everyServerTypeHasExactlyItsHandler() {
        assertThat(handlers.types()).containsExactlyInAnyOrder("SyncPocketRequest", "ArchiveRequest",
                "GenerateUsgReportActivity", "RemoveComputerActivity");
    }
}
