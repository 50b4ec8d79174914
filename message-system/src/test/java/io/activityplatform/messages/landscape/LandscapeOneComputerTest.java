package io.activityplatform.messages.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.landscape.support.StockClient;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * One computer whatever its encoding, and one computer's client cannot touch another's activities; what the
 * client is sent depends on the types it accepts.
 */
@QuarkusTest
class LandscapeOneComputerTest {

    @Inject
    Fleet fleet;
    @Inject
    Pool pool;

    @Test
    void aComputerRegisteredThroughJsonCanSpeakLandscapeAndStaysTheSameComputer() throws Exception {
        RawAgent json = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "json-then-landscape");
        StockClient client = client("json-then-landscape", StockClient.CLIENT_TYPES);
        client.secureId = json.secretId;
        client.token = json.token;
        client.serverApi = "3.3";

        client.exchange();
        UUID id = fleet.script(json.computerId, "echo same-computer");
        ActivityState done = exchangeUntil(client, id, ActivityStatus.SUCCEEDED);

        assertThat(done.result().text()).isEqualTo("same-computer\n");
        assertThat(done.statusChangedBy().toString()).isEqualTo("agent:" + json.computerId);
        assertThat(client.insecureId).isNull(); // it never registered through Landscape: no ping id was issued
    }

    @Test
    void anOperationIdOfAnotherComputerChangesNothing() throws Exception {
        StockClient owner = registered("lsc-owner", StockClient.CLIENT_TYPES);
        StockClient intruder = registered("lsc-intruder", StockClient.CLIENT_TYPES);
        UUID id = fleet.script(computerOf(owner), "echo mine");
        assertThat(owner.exchangeLosingTheAnswer().status()).isEqualTo(200); // delivered, not yet received
        long operationId = operationIdOf(id);

        intruder.send(Map.of("type", "operation-result", "operation-id", operationId, "status", 6L,
                "result-text", "forged"));
        intruder.exchange();

        assertThat(intruder.pendingCount()).as("acknowledged all the same").isZero();
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        ActivityState done = exchangeUntil(owner, id, ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("mine\n");
    }

    @Test
    void aClientWithTheShutdownPluginIsSentTheRestartAsAShutdownWithReboot() throws Exception {
        List<String> withShutdown = new ArrayList<>(StockClient.CLIENT_TYPES);
        withShutdown.add("shutdown");
        StockClient client = registered("lsc-shutdown", withShutdown);
        UUID restart = fleet.create(ActivityDefinition.of("RestartRequest", computerOf(client), Map.of()),
                ActivityStatus.QUEUED);

        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            client.exchange();
            return client.received.stream().anyMatch(m -> "shutdown".equals(m.get("type")));
        });

        assertThat(client.received).filteredOn(m -> "shutdown".equals(m.get("type"))).singleElement()
                .satisfies(m -> assertThat(m.get("reboot")).isEqualTo(true));
        assertThat(fleet.state(restart).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        client.send(Map.of("type", "operation-result", "operation-id", operationIdOf(restart), "status", 6L,
                "result-text", "rebooting"));
        assertThat(exchangeUntil(client, restart, ActivityStatus.SUCCEEDED).result().text()).isEqualTo("rebooting");
    }

    @Test
    void pingsSayTrueWhileSomethingWaitsAndFalseOnceItWasFetched() throws Exception {
        StockClient client = registered("lsc-pings", StockClient.CLIENT_TYPES);
        assertThat(client.ping()).isFalse();
        UUID id = fleet.script(computerOf(client), "echo ping");

        assertThat(client.ping()).isTrue();
        assertThat(client.ping()).as("duplicate pings are fine").isTrue();
        exchangeUntil(client, id, ActivityStatus.SUCCEEDED);
        client.exchange();

        assertThat(client.ping()).isFalse();
    }

    private StockClient registered(String title, List<String> types) throws Exception {
        StockClient client = client(title, types);
        client.exchange();
        client.exchange();
        client.exchange();
        assertThat(client.secureId).isNotBlank();
        assertThat(client.acceptedTypes).contains("operation-result");
        return client;
    }

    private StockClient client(String title, List<String> types) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new StockClient("localhost", port, Fleet.ACCOUNT, Fleet.KEY, title, types);
    }

    private ActivityState exchangeUntil(StockClient client, UUID id, ActivityStatus status) {
        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            client.exchange();
            return fleet.state(id).status() == status;
        });
        return fleet.state(id);
    }

    private long operationIdOf(UUID activityId) {
        return pool.preparedQuery("select operation_id from landscape_operation where activity_id = $1")
                .execute(Tuple.of(activityId)).await().atMost(Fleet.WAIT).iterator().next().getLong(0);
    }

    private String computerOf(StockClient client) {
        return pool.preparedQuery("select computer_id from landscape_computer where insecure_id = $1")
                .execute(Tuple.of(client.insecureId)).await().atMost(Fleet.WAIT).iterator().next().getString(0);
    }
}
