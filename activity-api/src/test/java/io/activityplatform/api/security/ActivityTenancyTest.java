package io.activityplatform.api.security;

import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.support.SseClient;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.security.Roles;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Accounts are tenants for activities, schedules and calendars: a user of account A cannot learn that account B's
 * objects exist on any read path (single objects, lists, counts, bulk selections, streams, admin views), and
 * acts only on A's. The probe itself is shown to catch a caller that can see B's objects.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ActivityTenancyTest {

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String THEIR_OPERATOR = TestTokens.otherAccount(Roles.OPERATOR);

    @Inject
    LogDriver log;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Account B's objects, created through the API by B's operator. */
    private TenancyProbe.Foreign theirObjects() {
        String computer = log.computerOf(TestTokens.OTHER_ACCOUNT);
        String summary = "theirs-" + UUID.randomUUID();
        UUID activity = UUID.fromString(as(THEIR_OPERATOR).body(with(with(script(computer), "summary", summary),
                "requireApproval", true)).post("/activities").then().statusCode(201).extract().path("id"));
        UUID parent = UUID.fromString(as(THEIR_OPERATOR).body(with(with(script(computer), "computerId", null),
                "computerIds", List.of(computer))).post("/activities").then().statusCode(201).extract()
                .path("parentId"));
        UUID schedule = UUID.fromString(as(THEIR_OPERATOR).body(AuthorizationMatrixTest.SCHEDULE
                .replace("{{unique}}", summary)).post("/schedules").then().statusCode(201).extract().path("id"));
        String calendar = "cal-" + UUID.randomUUID();
        as(THEIR_OPERATOR).body(Map.of("name", calendar, "dates", List.of("2027-01-01"))).post("/calendars").then()
                .statusCode(201);
        return new TenancyProbe.Foreign(activity, parent, summary, schedule, calendar);
    }

    @Test
    void accountACannotLearnThatBsObjectsExistOnAnyPath() {
        TenancyProbe.Foreign theirs = theirObjects();

        assertThat(TenancyProbe.leaks(TestTokens.admin(), theirs)).isEmpty();
        assertThat(TenancyProbe.leaks(TestTokens.viewer(), theirs)).isEmpty();
        // Nothing was changed on A's behalf: B's activity is still BLOCKED and its schedule still there.
        as(THEIR_OPERATOR).get("/activities/" + theirs.activity()).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("BLOCKED"));
        as(THEIR_OPERATOR).get("/schedules/" + theirs.schedule()).then().statusCode(200);
    }

    /** Planted fault: a caller who may see B's objects (as if the account check were gone) is reported. */
    @Test
    void theProbeReportsEveryPathWhenTheCallerCanSeeTheOtherAccount() {
        TenancyProbe.Foreign theirs = theirObjects();
        String seesBoth = TestTokens.ofAccounts("both", Roles.ADMIN, TestTokens.ACCOUNT, TestTokens.OTHER_ACCOUNT);

        List<String> leaks = TenancyProbe.leaks(seesBoth, theirs);

        assertThat(leaks).anyMatch(l -> l.startsWith("GET /activities/%s:"))
                .anyMatch(l -> l.startsWith("GET /activities/%s/history"))
                .anyMatch(l -> l.startsWith("GET /activities/%s/output"))
                .anyMatch(l -> l.startsWith("GET /activities/{id}/stream"))
                .anyMatch(l -> l.startsWith("GET /activities?q"))
                .anyMatch(l -> l.startsWith("GET /activities/counts"))
                .anyMatch(l -> l.startsWith("POST /activities/bulk/cancel ids (dry run)"))
                .anyMatch(l -> l.startsWith("POST /activities/bulk/cancel filter (dry run)"))
                .anyMatch(l -> l.startsWith("GET /admin/view/activities"))
                .anyMatch(l -> l.startsWith("GET /activities/{parent}/summary"))
                .anyMatch(l -> l.startsWith("GET /activities?parent"))
                .anyMatch(l -> l.startsWith("GET /schedules/{id}"))
                .anyMatch(l -> l.startsWith("GET /schedules/{id}/firings"))
                .anyMatch(l -> l.startsWith("GET /schedules:"))
                .anyMatch(l -> l.startsWith("GET /calendars:"));
    }

    @Test
    void theBoardStreamCarriesOnlyTheCallersAccounts() {
        String mine = log.computer();
        String their = log.computerOf(TestTokens.OTHER_ACCOUNT);
        String summary = "board-" + UUID.randomUUID();
        try (SseClient board = SseClient.open("/activities/stream?q=" + summary, Map.of())) {
            await().atMost(BOUND).until(() -> board.comments().contains("connected"));
            UUID theirs = UUID.fromString(as(THEIR_OPERATOR).body(with(script(their), "summary", summary))
                    .post("/activities").then().statusCode(201).extract().path("id"));
            UUID ours = UUID.fromString(as(TestTokens.operator()).body(with(script(mine), "summary", summary))
                    .post("/activities").then().statusCode(201).extract().path("id"));

            // Ours was created after theirs: once it shows, theirs would have shown before it.
            await().atMost(BOUND).until(() -> board.events().stream().anyMatch(e -> e.data().contains(ours.toString())));
            assertThat(board.events()).noneMatch(e -> e.data().contains(theirs.toString()));
        }
    }

    @Test
    void aServerActivityBelongsToTheTokensOnlyAccountOrTheOneItNames() {
        Map<String, Object> archive = Map.of("type", "ArchiveRequest", "parameters", Map.of("olderThanDays", 30));
        as(TestTokens.operator()).body(archive).post("/activities").then().statusCode(201)
                .body("accountId", org.hamcrest.Matchers.equalTo(TestTokens.ACCOUNT));

        String both = TestTokens.ofAccounts("both-op", Roles.OPERATOR, TestTokens.ACCOUNT, TestTokens.OTHER_ACCOUNT);
        as(both).body(archive).post("/activities").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("accountId"));
        as(both).body(with(archive, "accountId", TestTokens.OTHER_ACCOUNT)).post("/activities").then()
                .statusCode(201).body("accountId", org.hamcrest.Matchers.equalTo(TestTokens.OTHER_ACCOUNT));
        as(TestTokens.operator()).body(with(archive, "accountId", TestTokens.OTHER_ACCOUNT)).post("/activities")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("accountId"));
    }

    @Test
    void aClientActivityBelongsToItsComputersAccount() {
        String their = log.computerOf(TestTokens.OTHER_ACCOUNT);
        String both = TestTokens.ofAccounts("both-op2", Roles.OPERATOR, TestTokens.ACCOUNT, TestTokens.OTHER_ACCOUNT);

        as(both).body(script(their)).post("/activities").then().statusCode(201)
                .body("accountId", org.hamcrest.Matchers.equalTo(TestTokens.OTHER_ACCOUNT));
        // Naming another of the caller's accounts: the computer is unknown there, as a missing one.
        as(both).body(with(script(their), "accountId", TestTokens.ACCOUNT)).post("/activities").then()
                .statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("computerId"));
    }

    @Test
    void calendarNamesAreUniquePerAccountSoATakenNameRevealsNothing() {
        TenancyProbe.Foreign theirs = theirObjects();

        as(TestTokens.operator()).body(Map.of("name", theirs.calendar(), "dates", List.of("2027-05-01")))
                .post("/calendars").then().statusCode(201);
        as(TestTokens.operator()).get("/calendars/" + theirs.calendar()).then().statusCode(200)
                .body("dates", org.hamcrest.Matchers.contains("2027-05-01"));
        as(THEIR_OPERATOR).get("/calendars/" + theirs.calendar()).then().statusCode(200)
                .body("dates", org.hamcrest.Matchers.contains("2027-01-01"));
    }
}
