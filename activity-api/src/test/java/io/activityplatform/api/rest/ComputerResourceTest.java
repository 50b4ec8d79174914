package io.activityplatform.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.activityplatform.service.rest.PageWalker;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /computers, folded from computer-events. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ComputerResourceTest {

    @Inject
    LogDriver log;

    @Test
    void computersAreListedFilteredByStatusAndReadOneByOne() {
        String accepted = log.computer();
        String pending = "pending-" + UUID.randomUUID();
        log.register(pending, true);
        String removed = log.computer();
        log.remove(removed);

        assertThat(given().get("/computers?limit=1000").then().statusCode(200).extract().jsonPath().getList("items.id"))
                .contains(accepted, pending, removed);
        assertThat(given().get("/computers?status=pending&limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).contains(pending).doesNotContain(accepted, removed);
        given().get("/computers/" + removed).then().statusCode(200)
                .body("status", equalTo("REMOVED"))
                .body("hostname", equalTo(removed + ".example"))
                .body("tags[0]", equalTo("test"));
    }

    @Test
    void computersArePagedByRegistrationWithTheStatusFilterKeptAcrossPages() {
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = "paged-" + i + "-" + UUID.randomUUID();
            log.register(id, true);
            pending.add(id);
        }
        String accepted = log.computer();

        List<String> paged = PageWalker.walk("/computers?status=PENDING&limit=2", 2, "id", "status=PENDING");

        assertThat(paged).containsSubsequence(pending).doesNotContain(accepted).doesNotHaveDuplicates();
        assertThat(paged).containsExactlyElementsOf(given().get("/computers?status=PENDING&limit=1000").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class));
    }

    @Test
    void anUnknownComputerIs404AndAnUnknownStatus400() {
        given().get("/computers/nowhere-" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/computers?status=BROKEN").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
