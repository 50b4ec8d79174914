package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.fields;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /activities: every filter, both orders, and keyset pages that stay exact under concurrent inserts. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ListActivitiesTest {

    private static final Instant T0 = Instant.parse("2026-01-10T08:00:00Z");

    @Inject
    LogDriver log;

    @Test
    void everyFilterNarrowsTheList() {
        String creator = "lister-" + UUID.randomUUID();
        String computer = log.computer();
        Actor actor = Actor.user(creator);
        UUID parent = UUID.randomUUID();
        UUID early = log.created(definition(computer, null, "Nightly backup of /etc"), T0, actor,
                ActivityStatus.QUEUED);
        UUID late = log.created(definition(computer, parent, "Install 100% of updates"), T0.plusSeconds(3600), actor,
                ActivityStatus.BLOCKED);
        UUID server = log.created(new ActivityDefinition("ArchiveRequest", null, null, "Archive old_activities",
                Map.of("olderThanDays", 30), null, null, null, null, null, null, 1, null, null), T0.plusSeconds(7200),
                actor, ActivityStatus.SCHEDULED);

        assertThat(ids("creator=" + creator)).containsExactly(server, late, early);
        assertThat(ids("creator=user:" + creator + "&order=asc")).containsExactly(early, late, server);
        assertThat(ids("creator=" + creator + "&status=QUEUED&status=BLOCKED")).containsExactly(late, early);
        assertThat(ids("creator=" + creator + "&status=SCHEDULED,QUEUED")).containsExactly(server, early);
        assertThat(ids("creator=" + creator + "&type=ArchiveRequest")).containsExactly(server);
        assertThat(ids("creator=" + creator + "&kind=client")).containsExactly(late, early);
        assertThat(ids("creator=" + creator + "&computer=" + computer)).containsExactly(late, early);
        assertThat(ids("creator=" + creator + "&parent=" + parent)).containsExactly(late);
        assertThat(ids("creator=" + creator + "&createdAfter=" + T0.plusSeconds(3600))).containsExactly(server, late);
        assertThat(ids("creator=" + creator + "&createdBefore=" + T0.plusSeconds(3600))).containsExactly(early);
        assertThat(ids("creator=" + creator + "&q=NIGHTLY")).containsExactly(early);
        assertThat(ids("creator=" + creator + "&q=100%")).containsExactly(late);
        assertThat(ids("creator=" + creator + "&q=old_act")).containsExactly(server);
        assertThat(ids("creator=" + creator + "&q=ol_")).isEmpty();
    }

    @Test
    void pagesNeitherRepeatNorSkipWhileActivitiesAreBeingCreated() {
        String creator = "pager-" + UUID.randomUUID();
        String computer = log.computer();
        List<UUID> existing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            existing.add(createScript(creator, computer));
        }
        for (String order : List.of("asc", "desc")) {
            List<UUID> seen = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = as(creator).get("/activities?creator=" + creator + "&limit=3&order=" + order
                        + (cursor == null ? "" : "&cursor=" + cursor)).then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id", String.class).stream().map(UUID::fromString).toList());
                cursor = page.getString("nextCursor");
                createScript(creator, computer);
            } while (cursor != null);

            assertThat(seen).as(order).doesNotHaveDuplicates().containsAll(existing);
        }
    }

    @Test
    void theNextPageIsAlsoLinkedAndTheLastPageHasNoCursor() {
        String creator = "linker-" + UUID.randomUUID();
        String computer = log.computer();
        createScript(creator, computer);
        createScript(creator, computer);

        String link = given().get("/activities?creator=" + creator + "&limit=1").then().statusCode(200)
                .extract().header("Link");
        assertThat(link).contains("rel=\"next\"").contains("cursor=").startsWith("<http://")
                .contains("creator=" + creator).contains("limit=1");
        String next = link.substring(1, link.indexOf('>'));
        given().get(java.net.URI.create(next)).then().statusCode(200).body("items.size()", org.hamcrest.Matchers.is(1))
                .body("nextCursor", nullValue());
        given().get("/activities?creator=" + creator + "&limit=2").then().statusCode(200)
                .body("nextCursor", nullValue());
    }

    @Test
    void badCriteriaAre400sNamingTheParameter() {
        assertThat(fields(given().get("/activities?status=LOST").then().statusCode(400))).containsExactly("status");
        assertThat(fields(given().get("/activities?type=Teleport").then().statusCode(400))).containsExactly("type");
        assertThat(fields(given().get("/activities?kind=MIDDLE").then().statusCode(400))).containsExactly("kind");
        assertThat(fields(given().get("/activities?parent=42").then().statusCode(400))).containsExactly("parent");
        assertThat(fields(given().get("/activities?createdAfter=yesterday").then().statusCode(400)))
                .containsExactly("createdAfter");
        assertThat(fields(given().get("/activities?createdAfter=" + T0 + "&createdBefore=" + T0).then()
                .statusCode(400))).containsExactly("createdBefore");
        assertThat(fields(given().get("/activities?limit=0").then().statusCode(400))).containsExactly("limit");
        assertThat(fields(given().get("/activities?limit=lots").then().statusCode(400))).containsExactly("limit");
        assertThat(fields(given().get("/activities?order=sideways").then().statusCode(400))).containsExactly("order");
        assertThat(fields(given().get("/activities?cursor=not-a-cursor").then().statusCode(400)))
                .containsExactly("cursor");
    }

    @Test
    void aCursorOfOneOrderIsRefusedForTheOther() {
        String creator = "orders-" + UUID.randomUUID();
        String computer = log.computer();
        createScript(creator, computer);
        createScript(creator, computer);
        String cursor = given().get("/activities?creator=" + creator + "&limit=1&order=asc").then().extract()
                .path("nextCursor");

        given().get("/activities?creator=" + creator + "&limit=1&order=desc&cursor=" + cursor).then().statusCode(400)
                .body("detail", containsString("order"));
    }

    @Test
    void anUnknownActivityOrGroupIs404AndAnUnchangedOneIs304() {
        given().get("/activities/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/activities/" + UUID.randomUUID() + "/summary").then().statusCode(404);
        UUID id = createScript("alice", log.computer());
        given().header("If-None-Match", "\"1\"").get("/activities/" + id).then().statusCode(304);
    }

    private static List<UUID> ids(String query) {
        return given().get("/activities?" + query).then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class).stream().map(UUID::fromString).toList();
    }

    private static ActivityDefinition definition(String computer, UUID parent, String summary) {
        return new ActivityDefinition("ExecuteScriptRequest", computer, parent, summary,
                Map.of("interpreter", "/bin/sh", "code", "true"), null, null, null, null, null, null, 1, null, null);
    }
}
