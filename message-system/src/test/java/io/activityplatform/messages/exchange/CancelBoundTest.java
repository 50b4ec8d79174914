package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.messages.support.Fleet;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A bulk cancel of more activities than one exchange should carry, all delivered to one computer: each
 * exchange queues at most {@link DeliveryRepository#CANCELS_PER_EXCHANGE} cancel messages, the rest follow.
 * The rows are written directly, not folded from the log, so the test removes them again: a later test that
 * rebuilds the view from the log must find it exactly as the log makes it.
 */
@QuarkusTest
class CancelBoundTest {

    private static final int DELIVERED = DeliveryRepository.CANCELS_PER_EXCHANGE + 37;

    @Inject
    Fleet fleet;
    @Inject
    CancelNotifier cancels;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    Pool pool;

    @Test
    void cancelsAreQueuedAtMostABoundPerExchangeAndTheRestNext() throws Exception {
        Agent agent = fleet.agent("cancel-bound");
        String computer = agent.computerId();
        List<UUID> ids = deliveredThenCanceled(computer, DELIVERED);
        try {
            assertThat(deliveries.toCancel(computer).await().atMost(Fleet.WAIT))
                    .hasSize(DeliveryRepository.CANCELS_PER_EXCHANGE);
            assertThat(cancels.queueCancels(computer).await().atMost(Fleet.WAIT))
                    .isEqualTo(DeliveryRepository.CANCELS_PER_EXCHANGE);
            assertThat(cancels.queueCancels(computer).await().atMost(Fleet.WAIT)).isEqualTo(37);
            assertThat(cancels.queueCancels(computer).await().atMost(Fleet.WAIT)).isZero();
        } finally {
            remove(computer, ids);
        }
    }

    private void remove(String computer, List<UUID> ids) {
        UUID[] all = ids.toArray(UUID[]::new);
        pool.preparedQuery("delete from outgoing_message where computer_id = $1").execute(Tuple.of(computer))
                .await().atMost(Fleet.WAIT);
        pool.preparedQuery("delete from delivery where activity_id = any($1)").execute(Tuple.of(all))
                .await().atMost(Fleet.WAIT);
        pool.preparedQuery("delete from activity_view where id = any($1)").execute(Tuple.of(all))
                .await().atMost(Fleet.WAIT);
    }

    /** Rows as the projection and a delivery would leave them: delivered, no result, then canceled. */
    private List<UUID> deliveredThenCanceled(String computer, int count) {
        List<UUID> ids = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Tuple> views = new ArrayList<>();
        List<Tuple> delivered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            views.add(Tuple.of(id, computer, now).addString("{\"id\":\"" + id + "\"}"));
            delivered.add(Tuple.of(id, computer, UUID.randomUUID(), now.plusNanos(i * 1000L)));
        }
        pool.preparedQuery("insert into activity_view (id, type, kind, computer_id, status, status_version,"
                        + " created_at, created_by, updated_at, state) values ($1, 'ExecuteScriptRequest', 'CLIENT',"
                        + " $2, 'CANCELED', 3, $3, 'user:alice', $3, $4::jsonb)")
                .executeBatch(views).await().atMost(Fleet.WAIT);
        pool.preparedQuery("insert into delivery (activity_id, computer_id, claim_event_id, delivered_at)"
                        + " values ($1, $2, $3, $4)")
                .executeBatch(delivered).await().atMost(Fleet.WAIT);
        return ids;
    }
}
