package io.activityplatform.messages.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An agent can only ever report on operations delivered to its own computer, and only once. */
@QuarkusTest
class ForeignResultTest {

    @Inject
    Fleet fleet;

    @Test
    void aResultFromAnotherComputerIsIgnoredWithTheReasonAndChangesNothing() {
        RawAgent owner = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "owner");
        RawAgent intruder = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "intruder");
        UUID id = fleet.script(owner.computerId, "true");
        owner.exchange(1, List.of()).statusCode(200).body("messages[0].operationId", equalTo(id.toString()));

        intruder.exchange(1, List.of(RawAgent.result(1, id, "SUCCEEDED", 0))).statusCode(200)
                .body("outcomes[0].outcome", equalTo("IGNORED"))
                .body("outcomes[0].reason", containsString("belongs to another computer"));

        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
    }

    @Test
    void aResultForAnUnknownOperationIsIgnored() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "unknown-op");

        agent.exchange(1, List.of(RawAgent.result(1, UUID.randomUUID(), "FAILED", 1))).statusCode(200)
                .body("outcomes[0].outcome", equalTo("IGNORED"))
                .body("outcomes[0].reason", containsString("unknown operation"))
                .body("nextExpectedSequence", equalTo(2));
    }

    @Test
    void aDuplicateResultIsIgnoredAndTheFirstOneStands() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "duplicate");
        UUID id = fleet.script(agent.computerId, "true");
        agent.exchange(1, List.of()).statusCode(200);

        agent.exchange(2, List.of(RawAgent.result(1, id, "SUCCEEDED", 0))).statusCode(200)
                .body("outcomes[0].outcome", equalTo("ACCEPTED"));
        agent.exchange(2, List.of(RawAgent.result(2, id, "FAILED", 9))).statusCode(200)
                .body("outcomes[0].outcome", equalTo("IGNORED"))
                .body("outcomes[0].reason", containsString("duplicate"));

        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(fleet.state(id).result().code()).isZero();
    }

    @Test
    void aRepeatedResultInTheSameExchangeIsTheDuplicateAndOnlyTheFirstEndsTheActivity() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "same-exchange-duplicate");
        UUID id = fleet.script(agent.computerId, "true");
        agent.exchange(1, List.of()).statusCode(200);

        agent.exchange(2, List.of(RawAgent.result(1, id, "SUCCEEDED", 0), RawAgent.result(2, id, "FAILED", 9)))
                .statusCode(200)
                .body("outcomes[0].outcome", equalTo("ACCEPTED"))
                .body("outcomes[1].outcome", equalTo("IGNORED"))
                .body("outcomes[1].reason", containsString("duplicate"));

        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(fleet.state(id).result().code()).isZero();
    }

    @Test
    void resultsOfManyOperationsInOneExchangeAreEachRecordedInTheirOrder() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "many-results");
        List<UUID> ids = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> fleet.script(agent.computerId, "true")).toList();
        agent.exchange(1, List.of()).statusCode(200).body("messages.size()", equalTo(12));

        List<Map<String, Object>> reports = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            reports.add(RawAgent.result(i + 1, ids.get(i), i % 3 == 0 ? "FAILED" : "SUCCEEDED", i));
        }
        List<String> operations = agent.exchange(2, reports).statusCode(200)
                .body("outcomes.outcome", org.hamcrest.Matchers.everyItem(equalTo("ACCEPTED")))
                .extract().jsonPath().getList("outcomes.operationId");

        assertThat(operations).containsExactlyElementsOf(ids.stream().map(UUID::toString).toList());
        for (int i = 0; i < ids.size(); i++) {
            assertThat(fleet.state(ids.get(i)).status())
                    .isEqualTo(i % 3 == 0 ? ActivityStatus.FAILED : ActivityStatus.SUCCEEDED);
            assertThat(fleet.state(ids.get(i)).result().code()).isEqualTo(i);
        }
    }

    @Test
    void aReSentMessageBelowTheAcknowledgedSequenceIsNotProcessedAgain() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "resent");
        UUID id = fleet.script(agent.computerId, "true");
        agent.exchange(1, List.of()).statusCode(200);
        agent.exchange(2, List.of(RawAgent.result(1, id, "SUCCEEDED", 0))).statusCode(200);

        agent.exchange(2, List.of(RawAgent.result(1, id, "SUCCEEDED", 0))).statusCode(200)
                .body("outcomes[0].reason", containsString("received before"))
                .body("nextExpectedSequence", equalTo(2));
    }

    @Test
    void anUnknownSecretIdIsUnauthorizedAndAStaleTokenIsRefusedAsAPossibleClone() {
        given().contentType(ContentType.JSON)
                .body(Map.of("secretId", "not-a-secret", "nextExpectedSequence", 1, "messages", List.of()))
                .post("/agent/exchange").then().statusCode(401)
                .contentType("application/problem+json").body("errors[0].field", equalTo("secretId"));

        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "clone");
        String first = agent.token;
        agent.exchange(1, List.of()).statusCode(200);
        agent.exchange(1, List.of()).statusCode(200); // the token issued by the first exchange
        agent.token = first; // a copy of the agent still holding the registration token

        agent.exchange(1, List.of()).statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("exchangeToken"));
        given().get("/computers/" + agent.computerId).then().statusCode(200)
                .body("cloneSuspectedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aMalformedMessageIsAProblemNamingTheField() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "malformed");

        agent.exchange(1, List.of(Map.of("type", "result", "sequence", 1, "operationId", UUID.randomUUID().toString(),
                        "status", "MAYBE"))).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("status"));
    }
}
