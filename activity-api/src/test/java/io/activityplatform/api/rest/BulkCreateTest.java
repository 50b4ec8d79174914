package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.fields;
import static io.activityplatform.api.support.Api.script;
import static io.activityplatform.api.support.Api.with;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * POST /activities/bulk/create: many activities in one request, validated together, published as one batch,
 * answered once the view shows them all; idempotent per item.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class BulkCreateTest {

    private static final String PATH = "/activities/bulk/create";

    @Inject
    LogDriver log;

    static Map<String, Object> report() {
        return Map.of("type", "GenerateUsgReportActivity", "parameters", Map.of("format", "csv"));
    }

    static ValidatableResponse batch(String user, List<?> items) {
        return as(user).body(Map.of("activities", items)).post(PATH).then();
    }

    @Test
    void serverClientAndGroupItemsAreCreatedTogetherAndVisibleInTheItemsOrder() {
        String a = log.computer();
        String b = log.computer();
        UUID serverId = UUID.randomUUID();
        var answer = batch("alice", List.of(with(report(), "id", serverId), script(a),
                with(with(script(a), "computerId", null), "computerIds", List.of(a, b))))
                .statusCode(201)
                .body("created", equalTo(3)).body("replayed", equalTo(0)).body("pending", equalTo(0))
                .body("activities[0].id", equalTo(serverId.toString()))
                .body("activities[0].outcome", equalTo("CREATED"))
                .body("activities[0].status", equalTo("QUEUED"))
                .body("activities[0].statusVersion", equalTo(1))
                .body("activities[1].status", equalTo("QUEUED"))
                .body("activities[2].status", equalTo(null))
                .extract();

        // read your writes: every item is visible the moment the answer arrives
        given().get(answer.<String>path("activities[0].location")).then().statusCode(200)
                .body("kind", equalTo("SERVER")).body("createdBy.id", equalTo("alice"));
        given().get(answer.<String>path("activities[1].location")).then().statusCode(200)
                .body("computerId", equalTo(a));
        given().get(answer.<String>path("activities[2].location")).then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void aRetriedBatchWithTheSameKeyReplaysEveryItemAndALongerOneCreatesOnlyTheNewItem() {
        String computer = log.computer();
        String key = "nightly-" + UUID.randomUUID();
        List<Map<String, Object>> items = List.of(report(), script(computer));
        List<String> first = as("alice").header("Idempotency-Key", key).body(Map.of("activities", items))
                .post(PATH).then().statusCode(201).body("created", equalTo(2))
                .extract().jsonPath().getList("activities.id");

        List<String> again = as("alice").header("Idempotency-Key", key).body(Map.of("activities", items))
                .post(PATH).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("replayed", equalTo(2)).body("created", equalTo(0))
                .extract().jsonPath().getList("activities.id");
        assertThat(again).isEqualTo(first);

        List<Map<String, Object>> longer = new ArrayList<>(items);
        longer.add(report());
        as("alice").header("Idempotency-Key", key).body(Map.of("activities", longer)).post(PATH).then()
                .statusCode(201).body("created", equalTo(1)).body("replayed", equalTo(2))
                .body("activities[0].outcome", equalTo("REPLAYED"))
                .body("activities[2].outcome", equalTo("CREATED"))
                .body("activities[0].id", equalTo(first.get(0)));

        // the key is scoped by the user: bob's batch with alice's key makes new activities
        List<String> bobs = as("bob").header("Idempotency-Key", key).body(Map.of("activities", items)).post(PATH)
                .then().statusCode(201).extract().jsonPath().getList("activities.id");
        assertThat(bobs).doesNotContainAnyElementsOf(first);
    }

    @Test
    void oneInvalidItemRefusesTheBatchNamingEveryBadFieldAndNothingIsPublished() {
        String computer = log.computer();
        UUID good = UUID.randomUUID();
        var refused = batch("alice", List.of(with(script(computer), "id", good),
                with(script(computer), "type", "NoSuchActivity"),
                with(report(), "timeoutSeconds", -1)))
                .statusCode(400);
        assertThat(fields(refused)).contains("activities[1].type", "activities[2].timeoutSeconds");

        given().get("/activities/" + good).then().statusCode(404);
    }

    @Test
    void unknownComputersAreA422NamingTheirItemsAndNothingIsPublished() {
        String known = log.computer();
        UUID good = UUID.randomUUID();
        var refused = batch("alice", List.of(with(script(known), "id", good), script("no-such-computer-1"),
                with(script(known), "computerId", "no-such-computer-2")))
                .statusCode(422);
        assertThat(fields(refused)).containsExactlyInAnyOrder("activities[1].computerId",
                "activities[2].computerId");

        given().get("/activities/" + good).then().statusCode(404);
    }

    @Test
    void anotherAccountsComputerIsUnknownAsInASingleCreate() {
        String theirs = log.computerOf("other-account");
        var refused = batch("alice", List.of(report(), script(theirs))).statusCode(422);
        assertThat(fields(refused)).containsExactly("activities[1].computerId");
    }

    @Test
    void repeatedIdsInOneBatchAndAnIdUsedForAnotherRequestAreRefused() {
        UUID id = UUID.randomUUID();
        var twice = batch("alice", List.of(with(report(), "id", id), with(report(), "id", id))).statusCode(400);
        assertThat(fields(twice)).containsExactly("activities[1].id");

        batch("alice", List.of(with(report(), "id", id))).statusCode(201);
        var conflict = batch("alice", List.of(report(), with(with(report(), "id", id), "summary", "another")))
                .statusCode(409);
        assertThat(fields(conflict)).containsExactly("activities[1].id");
    }

    @Test
    void aBatchOfManyClientItemsIsLookedUpPieceByPieceAndNamesEveryUnknownComputer() {
        // few computers, many items (several activities per computer): the listing tests count computers
        List<String> computers = List.of(log.computer(), log.computer(), log.computer());
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            items.add(script(computers.get(i % computers.size())));
        }
        batch("alice", items).statusCode(201).body("created", equalTo(120))
                .body("activities[119].status", equalTo("QUEUED"));

        List<Map<String, Object>> unknown = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            unknown.add(script(i % 40 == 0 ? "missing-" + i : computers.get(i % computers.size())));
        }
        var refused = batch("alice", unknown).statusCode(422);
        assertThat(fields(refused)).containsExactly("activities[0].computerId", "activities[40].computerId",
                "activities[80].computerId");
    }

    @Test
    void concurrentBatchesOfFiveHundredServerItemsAreAllAnswered() throws Exception {
        // the benchmark's shape: four requests of 500 items with their own ids, in flight together
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                answers.add(pool.submit(() -> {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        items.add(with(report(), "id", UUID.randomUUID()));
                    }
                    return batch("alice", items).statusCode(201).extract().<Integer>path("created");
                }));
            }
            for (var answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(500);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBatchIsBoundedAndMustHoldItems() {
        assertThat(fields(batch("alice", List.of()).statusCode(400))).containsExactly("activities");
        assertThat(fields(as("alice").body(Map.of()).post(PATH).then().statusCode(400)))
                .containsExactly("activities");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(report());
        }
        var refused = batch("alice", tooMany).statusCode(400);
        assertThat(fields(refused)).containsExactly("activities");
        assertThat(refused.extract().<String>path("detail")).contains("1000");
    }

    @Test
    void computersOfGroupItemsCountTowardsTheBound() {
        List<String> computers = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            computers.add("c-" + i);
        }
        Map<String, Object> group = with(with(script("x"), "computerId", null), "computerIds", computers);
        var refused = batch("alice", List.of(group, group)).statusCode(400);
        assertThat(fields(refused)).containsExactly("activities");
        assertThat(refused.extract().<String>path("detail")).contains("1200");
    }

    @Test
    void anIdempotencyKeyAndItemIdsTogetherAreRefused() {
        var refused = as("alice").header("Idempotency-Key", "k-" + UUID.randomUUID())
                .body(Map.of("activities", List.of(report(), with(report(), "id", UUID.randomUUID()))))
                .post(PATH).then().statusCode(400);
        assertThat(fields(refused)).containsExactly("activities[1].id");
    }
}
