package io.activityplatform.messages.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 13 §4: under churn, outgoing_message and delivery stay bounded; nothing still needed is pruned. */
@QuarkusTest
class TablePrunerTest {

    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 8;
    private static final Duration PAST_RETENTION = Duration.ofDays(8);

    @Inject
    Fleet fleet;
    @Inject
    TablePruner pruner;
    @Inject
    MutableClock clock;
    @Inject
    Pool pool;

    @Test
    void underChurnTheTablesHoldOnlyWhatIsStillNeeded() throws Exception {
        Agent agent = fleet.agent("churn");
        List<Long> beforePruning = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < PER_ROUND; i++) {
                ids.add(fleet.script(agent.computerId(), "echo round " + round));
            }
            for (UUID id : ids) {
                fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);
            }
            agent.exchangeOnce(); // acknowledges every execute message
            beforePruning.add(rows("outgoing_message", agent.computerId()) + rows("delivery", agent.computerId()));

            clock.advance(PAST_RETENTION);
            TablePruner.Pruned pruned = pruner.prune().await().atMost(Fleet.WAIT);

            assertThat(pruned.messages()).isGreaterThanOrEqualTo(PER_ROUND);
            assertThat(pruned.deliveries()).isGreaterThanOrEqualTo(PER_ROUND);
            assertThat(rows("outgoing_message", agent.computerId())).isZero();
            assertThat(rows("delivery", agent.computerId())).isZero();
        }
        // every round left its rows behind until the pruner ran: without it the tables would hold them all
        assertThat(beforePruning).allMatch(n -> n >= 2L * PER_ROUND).allMatch(n -> n <= 2L * PER_ROUND + 2);
    }

    @Test
    void unacknowledgedMessagesAndOpenDeliveriesAreKeptHoweverOld() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "never-acknowledges");
        UUID id = fleet.script(agent.computerId, "true");
        agent.exchange(1, List.of()).statusCode(200);
        await().atMost(Fleet.WAIT).until(() -> rows("delivery", agent.computerId) == 1);

        clock.advance(PAST_RETENTION);
        pruner.prune().await().atMost(Fleet.WAIT);

        assertThat(rows("outgoing_message", agent.computerId)).isEqualTo(1);
        assertThat(rows("delivery", agent.computerId)).isEqualTo(1);
        agent.exchange(1, List.of()).statusCode(200)
                .body("messages.operationId", org.hamcrest.Matchers.hasItem(id.toString()));
    }

    private long rows(String table, String computerId) {
        return pool.preparedQuery("select count(*) from " + table + " where computer_id = $1")
                .execute(Tuple.of(computerId)).await().atMost(Fleet.WAIT).iterator().next().getLong(0);
    }
}
