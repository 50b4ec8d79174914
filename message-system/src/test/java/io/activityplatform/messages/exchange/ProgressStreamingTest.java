package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Progress messages become progress events: merged per exchange, bounded, never duplicated. */
@QuarkusTest
class ProgressStreamingTest {

    @Inject
    Fleet fleet;

    @Test
    void progressIsMergedPerExchangeBoundedAndRedeliveriesAreDropped() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "progress");
        UUID id = fleet.script(agent.computerId, "true");
        agent.exchange(1, List.of()).statusCode(200);

        agent.exchange(2, List.of(progress(1, id, 1, 10, "one "), progress(2, id, 2, 60, "two "))).statusCode(200)
                .body("outcomes.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED")));
        await().atMost(Fleet.WAIT).until(() -> fleet.state(id).outputSequence() == 2);
        agent.exchange(2, List.of(progress(3, id, 2, 70, "two "), progress(4, id, 3, 80, "x".repeat(20_000))))
                .statusCode(200).body("outcomes[0].reason", equalTo("duplicate progress"));

        await().atMost(Fleet.WAIT).until(() -> fleet.state(id).outputSequence() == 3);
        ActivityState s = fleet.state(id);
        assertThat(s.output()).startsWith("one two x").hasSize(8 + 16_384);
        assertThat(s.outputTruncated()).isTrue();
        assertThat(s.progressPercent()).isEqualTo(80);
    }

    @Test
    void progressOfSeveralOperationsInOneExchangeReachesEachInTheMessagesOrder() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "progress-many");
        UUID a = fleet.script(agent.computerId, "true");
        UUID b = fleet.script(agent.computerId, "true");
        agent.exchange(1, List.of()).statusCode(200);

        List<String> operations = agent.exchange(2, List.of(progress(1, a, 1, 10, "a1 "), progress(2, b, 1, 20, "b1 "),
                        progress(3, a, 2, 30, "a2 ")))
                .statusCode(200)
                .body("outcomes.outcome", equalTo(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED")))
                .extract().jsonPath().getList("outcomes.operationId");

        // grouped per operation, in the order each operation first appears
        assertThat(operations).containsExactly(a.toString(), a.toString(), b.toString());
        await().atMost(Fleet.WAIT).until(() -> fleet.state(a).outputSequence() == 2 && fleet.state(b).outputSequence() == 1);
        assertThat(fleet.state(a).output()).isEqualTo("a1 a2 ");
        assertThat(fleet.state(a).progressPercent()).isEqualTo(30);
        assertThat(fleet.state(b).output()).isEqualTo("b1 ");
    }

    private static Map<String, Object> progress(long sequence, UUID op, long chunk, int percent, String output) {
        return Map.of("type", "progress", "sequence", sequence, "operationId", op.toString(), "chunkSequence", chunk,
                "percent", percent, "output", output);
    }
}
