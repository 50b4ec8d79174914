package io.activityplatform.messages.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.codec.LegalText;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Nothing an agent prints can harm anything: NUL, control bytes, invalid UTF-8 and broken surrogates in
 * output and results are made legal (U+FFFD, flagged) before they become events, and the activity ends
 * normally with its output visible.
 */
@QuarkusTest
class IllegalOutputTest {

    @Inject
    Fleet fleet;

    @Test
    void aScriptPrintingNulControlBytesAndInvalidUtf8SucceedsWithItsOutputMadeLegal() throws Exception {
        Agent agent = fleet.agent("e2e-nul");
        UUID id = fleet.script(agent.computerId(), "printf 'a\\000b\\001c\\033[31mred\\377\\n'; echo done");

        ActivityState done = fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);

        assertThat(done.output()).contains("a\ufffdb\ufffdc\ufffd[31mred", "done");
        assertThat(LegalText.isLegal(done.output())).isTrue();
        assertThat(done.result().text()).contains("a\ufffdb\ufffdc\ufffd[31mred");
        assertThat(done.result().textAltered()).isTrue();
    }

    @Test
    void rawProgressAndResultWithIllegalTextAreAcceptedAndMadeLegal() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "raw-nul");
        UUID id = fleet.script(agent.computerId, "true");
        agent.exchange(1, List.of()).statusCode(200);
        UUID op = id;

        exchangeRaw(agent, 2, """
                {"type":"progress","sequence":1,"operationId":"%s","chunkSequence":1,"percent":50,
                 "output":"x\\u0000y\\ud800z\\u0007"},
                {"type":"result","sequence":2,"operationId":"%s","status":"SUCCEEDED","code":0,
                 "text":"t\\u0000\\udc00","errorCode":"E\\u0000"}""".formatted(op, op))
                .statusCode(200).body("outcomes.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED")));

        await().atMost(Fleet.WAIT).until(() -> fleet.state(id).status() == ActivityStatus.SUCCEEDED);
        ActivityState s = fleet.state(id);
        assertThat(s.output()).isEqualTo("x\ufffdy\ufffdz\ufffd");
        assertThat(s.result().text()).isEqualTo("t\ufffd\ufffd");
        assertThat(s.result().textAltered()).isTrue();
    }

    private static io.restassured.response.ValidatableResponse exchangeRaw(RawAgent agent, long next, String messages) {
        var response = given().contentType(ContentType.JSON)
                .body("{\"secretId\":\"" + agent.secretId + "\",\"exchangeToken\":\"" + agent.token
                        + "\",\"nextExpectedSequence\":" + next + ",\"messages\":[" + messages + "]}")
                .post("/agent/exchange").then();
        return response;
    }
}
