package io.activityplatform.api.calendar.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.activityplatform.api.testsupport.FastReactions;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code /calendars}: CRUD, and every error as a problem naming its field. */
@QuarkusTest
@TestProfile(FastReactions.class)
@WithTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api_reactions"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class CalendarResourceTest {

    private static RequestSpecification json(Object body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    private static String uniqueName() {
        return "CAL_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCalendarIsCreatedReadReplacedListedAndDeleted() {
        String name = uniqueName();

        json(Map.of("name", name, "description", "US federal holidays",
                "dates", List.of("2026-12-25", "2026-07-04", "2026-12-25"))).post("/calendars")
                .then().statusCode(201).header("Location", endsWith("/calendars/" + name))
                .body("dates", contains("2026-07-04", "2026-12-25"));
        given().get("/calendars/{name}", name).then().statusCode(200)
                .body("description", equalTo("US federal holidays"));

        json(Map.of("dates", List.of("2027-01-01"))).put("/calendars/{name}", name).then().statusCode(200)
                .body("dates", contains("2027-01-01"));
        given().get("/calendars?limit=500").then().statusCode(200).body("items.name", hasItem(name));

        given().delete("/calendars/{name}", name).then().statusCode(204);
        given().get("/calendars/{name}", name).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aReplaceUnderAStaleIfMatchIsRefusedAndACurrentOneMovesTheETag() {
        String name = uniqueName();
        json(Map.of("name", name, "dates", List.of("2026-12-25"))).post("/calendars").then().statusCode(201)
                .header("ETag", equalTo("\"1\""));
        String read = given().get("/calendars/{name}", name).then().statusCode(200).body("version", equalTo(1))
                .extract().header("ETag");

        json(Map.of("dates", List.of("2027-01-01"))).header("If-Match", read).put("/calendars/{name}", name)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("version", equalTo(2));
        json(Map.of("dates", List.of("2028-01-01"))).header("If-Match", read).put("/calendars/{name}", name)
                .then().statusCode(412).contentType("application/problem+json").body("version", equalTo(2));
        given().get("/calendars/{name}", name).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("dates", contains("2027-01-01"));

        // Without If-Match the last writer wins.
        json(Map.of("dates", List.of("2029-01-01"))).put("/calendars/{name}", name).then().statusCode(200)
                .header("ETag", equalTo("\"3\"")).body("dates", contains("2029-01-01"));
        json(Map.of()).header("If-Match", "\"x\"").put("/calendars/{name}", name).then().statusCode(400)
                .body("errors.field", contains("If-Match"));
        json(Map.of()).header("If-Match", "\"1\"").put("/calendars/{name}", uniqueName()).then().statusCode(404);
    }

    @Test
    void calendarsArePagedByNameWithACursorAndALinkToTheNextPage() {
        String prefix = "PAGE_" + UUID.randomUUID().toString().substring(0, 6) + "_";
        for (String suffix : List.of("a", "b", "c")) {
            json(Map.of("name", prefix + suffix)).post("/calendars").then().statusCode(201);
        }
        // Start just before the prefix: an issued cursor encodes the last (name, account) kept.
        String start = io.activityplatform.service.rest.PageLinks.encode(prefix, "");

        var first = given().get("/calendars?limit=2&cursor=" + start).then().statusCode(200)
                .body("items.name", contains(prefix + "a", prefix + "b"))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("limit=2")).header("Link", startsWith("<http"))
                .extract();
        String next = first.path("nextCursor");
        given().get("/calendars?limit=2&cursor=" + next).then().statusCode(200)
                .body("items.name[0]", equalTo(prefix + "c"));
        given().get("/calendars?limit=0").then().statusCode(400).body("errors.field", contains("limit"));
        given().get("/calendars?limit=501").then().statusCode(400).body("errors.field", contains("limit"));
        given().queryParam("cursor", "not a cursor!").get("/calendars").then().statusCode(400)
                .body("errors.field", contains("cursor"));
    }

    @Test
    void aSecondCalendarWithTheSameNameIsAConflict() {
        String name = uniqueName();
        json(Map.of("name", name)).post("/calendars").then().statusCode(201);

        json(Map.of("name", name)).post("/calendars").then().statusCode(409)
                .contentType("application/problem+json").body("name", equalTo(name));
    }

    @Test
    void aBadDateIsNamedWithItsIndex() {
        json(Map.of("name", uniqueName(), "dates", List.of("2026-07-04", "2026-02-30"))).post("/calendars")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("dates[1]"));
    }

    @Test
    void aBadNameIsNamed() {
        json(Map.of("name", "no spaces allowed")).post("/calendars").then().statusCode(400)
                .body("errors.field", contains("name"));
        json(Map.of()).post("/calendars").then().statusCode(400).body("errors.field", contains("name"));
    }

    @Test
    void replacingWithAnotherNameInTheBodyOrAnUnknownCalendarFails() {
        String name = uniqueName();
        json(Map.of("name", name)).post("/calendars").then().statusCode(201);

        json(Map.of("name", "OTHER")).put("/calendars/{name}", name).then().statusCode(400)
                .body("errors.field", contains("name"));
        json(Map.of("dates", List.of())).put("/calendars/{name}", uniqueName()).then().statusCode(404)
                .contentType("application/problem+json");
        given().delete("/calendars/{name}", uniqueName()).then().statusCode(404);
    }

    @Test
    void aCalendarUsedByASchedulesCannotBeDeleted() {
        String name = uniqueName();
        json(Map.of("name", name, "dates", List.of("2026-12-25"))).post("/calendars").then().statusCode(201);
        String schedule = json(Map.of("name", "uses calendar", "dayOfWeek", "1111100", "triggerTimes",
                List.of("08:30"), "timezone", "Europe/Berlin", "calendar", name, "template",
                Map.of("type", "GenerateUsgReportActivity", "parameters", Map.of("format", "csv"))))
                .post("/schedules").then().statusCode(201).extract().path("id");

        given().delete("/calendars/{name}", name).then().statusCode(409).contentType("application/problem+json")
                .body("schedules", contains(schedule));

        given().delete("/schedules/{id}", schedule).then().statusCode(204);
        given().delete("/calendars/{name}", name).then().statusCode(204);
    }
}
