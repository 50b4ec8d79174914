package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.LossyClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** At-least-once in both directions: a lost exchange response loses neither an execute message nor a result. */
@QuarkusTest
class RedeliveryTest {

    @Inject
    Fleet fleet;
    @Inject
    Pool pool;

    @Test
    void anExecuteMessageWhoseResponseWasLostIsSentAgainWithTheSameSequenceAndRunsOnce() throws Exception {
        LossyClient network = new LossyClient(fleet.serverUrl());
        Agent agent = fleet.agent("lost-execute", network);
        Path runs = Files.createTempFile("runs", ".log");
        UUID id = fleet.script(agent.computerId(), "echo ran >> " + runs + "; echo once");

        network.loseNextResponses(1);
        assertThatThrownBy(agent::exchangeOnce).isInstanceOf(IOException.class);
        ServerMessage lostMessage = network.lost.get(0).messages().stream()
                .filter(m -> m.operationId().equals(id)).findFirst().orElseThrow();
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);

        ExchangeResponse retry = agent.exchangeOnce();

        assertThat(retry.messages()).filteredOn(m -> m.operationId().equals(id)).singleElement()
                .satisfies(m -> assertThat(m.sequence()).isEqualTo(lostMessage.sequence()));
        ActivityState done = fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).contains("once");
        assertThat(Files.readAllLines(runs)).containsExactly("ran");
        assertThat(count("select count(*) from outgoing_message where operation_id = $1", id)).isEqualTo(1);
        assertThat(agent.exchangeOnce().messages()).isEmpty(); // acknowledged: no longer re-sent
    }

    @Test
    void aResultWhoseResponseWasLostIsSentAgainAndRecordedOnce() throws Exception {
        LossyClient network = new LossyClient(fleet.serverUrl());
        Agent agent = fleet.agent("lost-result", network);
        UUID id = fleet.script(agent.computerId(), "exit 0");
        agent.exchangeOnce(); // delivery
        await().atMost(Fleet.WAIT).until(() -> agent.runningOperations() == 0);

        network.loseNextResponses(1);
        assertThatThrownBy(agent::exchangeOnce).isInstanceOf(IOException.class);
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);
        int version = fleet.state(id).statusVersion();

        ExchangeResponse retry = agent.exchangeOnce();

        assertThat(retry.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo("IGNORED");
            assertThat(o.reason()).contains("duplicate");
        });
        assertThat(fleet.state(id).statusVersion()).isEqualTo(version);
        assertThat(agent.state().messagesToSend()).isEmpty();
    }

    private long count(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(Fleet.WAIT).iterator().next().getLong(0);
    }
}
