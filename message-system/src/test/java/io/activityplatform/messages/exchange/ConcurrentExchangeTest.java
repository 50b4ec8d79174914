package io.activityplatform.messages.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two exchanges for one computer at once (a retry racing its original, a cloned agent, two replicas) never
 * deliver one activity twice: the computer's lease serialises exchanges, and beneath it the claim decides.
 */
@QuarkusTest
class ConcurrentExchangeTest {

    private static final int ACTIVITIES = 12;

    @Inject
    Fleet fleet;
    @Inject
    DeliveryClaimer claimer;
    @Inject
    Pool pool;

    @Test
    void concurrentExchangesNeverGiveOneActivityTwoDeliveries() throws Exception {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "concurrent");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            ids.add(fleet.script(agent.computerId, "true"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Callable<Response>> exchanges = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            exchanges.add(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("secretId", agent.secretId, "exchangeToken", agent.token, "nextExpectedSequence", 1,
                            "messages", List.of()))
                    .post("/agent/exchange"));
        }

        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : threads.invokeAll(exchanges)) {
            responses.add(f.get());
        }
        threads.shutdown();

        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 409).contains(200);
        Map<String, Integer> sequenceByOperation = new HashMap<>();
        for (Response r : responses.stream().filter(r -> r.statusCode() == 200).toList()) {
            List<Map<String, Object>> messages = r.jsonPath().getList("messages");
            for (Map<String, Object> m : messages) {
                Integer previous = sequenceByOperation.putIfAbsent((String) m.get("operationId"),
                        (Integer) m.get("sequence"));
                assertThat(previous == null || previous.equals(m.get("sequence")))
                        .as("one operation, one message sequence").isTrue();
            }
        }
        for (UUID id : ids) {
            assertThat(count("select count(*) from outgoing_message where operation_id = $1 and kind = 'EXECUTE'", id))
                    .isLessThanOrEqualTo(1);
            assertThat(count("select count(*) from delivery where activity_id = $1", id)).isLessThanOrEqualTo(1);
        }
        assertThat(sequenceByOperation).isNotEmpty();
    }

    @Test
    void twoClaimersRacingForTheSameActivitiesSplitThemWithoutOverlap() throws Exception {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "claim-race");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            ids.add(fleet.script(agent.computerId, "true"));
        }

        // beneath the lease: two replicas' claimers at once, as if the lease had expired
        List<Integer> delivered = Uni.join().all(claimer.deliverDue(agent.computerId),
                claimer.deliverDue(agent.computerId)).andCollectFailures().await().atMost(Fleet.WAIT);

        assertThat(delivered.get(0) + delivered.get(1)).isEqualTo(ACTIVITIES);
        for (UUID id : ids) {
            assertThat(count("select count(*) from delivery where activity_id = $1", id)).isEqualTo(1);
            assertThat(count("select count(*) from outgoing_message where operation_id = $1", id)).isEqualTo(1);
            assertThat(fleet.state(id).statusVersion()).isEqualTo(2);
        }
    }

    private long count(String sql, UUID id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().atMost(Fleet.WAIT).iterator().next().getLong(0);
    }
}
