package io.activityplatform.messages.landscape;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.landscape.bpickle.BpickleLimits;
import io.activityplatform.messages.landscape.bpickle.BpickleReader;
import io.activityplatform.messages.landscape.support.RawHttp;
import io.activityplatform.messages.landscape.support.StockClient;
import io.activityplatform.messages.support.Fleet;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The stock client's whole life against the real message-system (real Kafka and PostgreSQL), spoken byte for
 * byte by {@link StockClient}: registration on both paths, negotiation, scripts to SUCCEEDED through lost
 * answers, and activities that appear exactly as ones run by our agent.
 */
@QuarkusTest
class LandscapeClientTest {

    @Inject
    Fleet fleet;
    @Inject
    Pool pool;

    @Test
    void theDaemonRegistersThroughNegotiationAndIsTheComputerInTheView() throws Exception {
        StockClient client = registeredByDaemon("lsc-daemon");

        client.exchange();
        assertThat(client.acceptedTypes).contains("operation-result", "computer-info", "resynchronize")
                .doesNotContain("register");
        assertThat(client.intervals).containsEntry("exchange", 60L).containsEntry("urgent-exchange", 10L)
                .containsEntry("ping", 10L);
        assertThat(client.serverSequence).isEqualTo(4);
        client.send(Map.of("type", "computer-info", "hostname", "vm-renamed", "total-memory", 24105L));
        client.send(Map.of("type", "distribution-info", "description", "Debian GNU/Linux 12 (bookworm)"));
        Map<Object, Object> answer = client.exchange();

        assertThat(client.pendingCount()).isZero();
        assertThat(answer.get("messages")).asList().isEmpty(); // nothing negotiated twice
        String computerId = computerOf(client);
        given().get("/computers/" + computerId).then().statusCode(200).body("title", equalTo("lsc-daemon"))
                .body("hostname", equalTo("vm")).body("status", equalTo("ACCEPTED"));
        assertThat(column(computerId, "hostname")).isEqualTo("vm-renamed");
        assertThat(column(computerId, "distribution")).isEqualTo("Debian GNU/Linux 12 (bookworm)");
    }

    @Test
    void aScriptRunsToSucceededThroughLostAnswersLikeOneRunByOurAgent() throws Exception {
        StockClient client = registeredByDaemon("lsc-script");
        client.exchange();
        String computerId = computerOf(client);
        UUID id = fleet.script(computerId, "echo hello-from-landscape; printf 'line2\\n'");
        assertThat(client.ping()).isTrue();

        RawHttp.Reply lost = client.exchangeLosingTheAnswer();
        long operationId = operationIn(lost);
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        client.exchange(); // the same execute-script again: the client never counted it
        assertThat(client.received).filteredOn(m -> "execute-script".equals(m.get("type")))
                .singleElement().satisfies(m -> {
                    assertThat(m.get("operation-id")).isEqualTo(operationId);
                    assertThat(m.get("interpreter")).isEqualTo("/bin/sh");
                    assertThat(m.get("username")).isEqualTo("root");
                    assertThat(m.get("attachments")).isEqualTo(Map.of());
                });
        client.exchangeLosingTheAnswer(); // the result arrives, its acknowledgement does not
        await().atMost(Fleet.WAIT).until(() -> fleet.state(id).status() == ActivityStatus.SUCCEEDED);
        client.exchange(); // re-sent result: a duplicate, acknowledged
        assertThat(client.pendingCount()).isZero();

        ActivityState done = fleet.state(id);
        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("hello-from-landscape\nline2\n");
        assertThat(done.statusChangedBy().toString()).isEqualTo("agent:" + computerId);
        assertThat(done.claimedBy().toString()).isEqualTo("service:message-system");
        assertThat(client.ping()).isFalse();
        assertThat(pool.preparedQuery("select count(*) from landscape_message where computer_id = $1")
                .execute(Tuple.of(computerId)).await().atMost(Fleet.WAIT).iterator().next().getLong(0))
                .as("messages the client counted are forgotten").isZero();
    }

    @Test
    void landscapeConfigRegistersAloneAndTheDaemonStartsWithoutTokenOnApi32() throws Exception {
        StockClient client = client("lsc-config", Fleet.KEY);
        Map<Object, Object> answer = client.registerLikeLandscapeConfig();
        assertThat(answer).doesNotContainKey("next-expected-sequence");
        assertThat(client.secureId).isNotBlank();
        assertThat(client.token).isNull();
        assertThat(client.serverApi).isEqualTo("3.2");

        client.exchange();
        assertThat(client.serverApi).isEqualTo("3.3");
        assertThat(client.token).isNotBlank();
        assertThat(client.acceptedTypes).contains("operation-result");
        UUID id = fleet.script(computerOf(client), "echo via-config");
        ActivityState done = exchangeUntil(client, id, ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("via-config\n");
    }

    @Test
    void aWrongKeyOrAccountIsUnknownAccountOnBothPaths() throws Exception {
        StockClient daemon = client("lsc-wrong", "wrong-key");
        daemon.exchange();
        daemon.exchange();
        assertThat(daemon.registrationInfo).isEqualTo("unknown-account");
        assertThat(daemon.secureId).isNull();

        StockClient config = new StockClient("localhost", port(), "no-such-account", Fleet.KEY, "lsc-wrong",
                StockClient.CLIENT_TYPES);
        config.registerLikeLandscapeConfig();
        assertThat(config.registrationInfo).isEqualTo("unknown-account");
        assertThat(config.secureId).isNull();
    }

    @Test
    void failuresCarryTheClientsResultCodesAsPlatformErrorCodes() throws Exception {
        StockClient client = registeredByDaemon("lsc-failures");
        client.exchange();
        String computerId = computerOf(client);
        UUID exit3 = fleet.script(computerId, "echo going-to-fail; echo to-stderr >&2; exit 3");
        UUID slow = fleet.create(ActivityDefinition.of("ExecuteScriptRequest", computerId,
                Map.of("interpreter", "/bin/sh", "code", "echo before-sleep; sleep 30", "timeLimitSeconds", 1)),
                ActivityStatus.QUEUED);

        ActivityState failed = exchangeUntil(client, exit3, ActivityStatus.FAILED);
        ActivityState timedOut = exchangeUntil(client, slow, ActivityStatus.FAILED);

        assertThat(failed.error().code()).isEqualTo("EXECUTION_FAILED");
        assertThat(failed.result().text()).contains("going-to-fail", "to-stderr");
        assertThat(timedOut.error().code()).isEqualTo("TIMED_OUT");
        assertThat(timedOut.result().text()).contains("before-sleep");
    }

    @Test
    void anActivityTheClientDoesNotAcceptFailsUnsupportedAndIsNeverSent() throws Exception {
        StockClient client = registeredByDaemon("lsc-unsupported");
        client.exchange();
        UUID restart = fleet.create(ActivityDefinition.of("RestartRequest", computerOf(client), Map.of()),
                ActivityStatus.QUEUED);

        ActivityState failed = exchangeUntil(client, restart, ActivityStatus.FAILED);

        assertThat(failed.error().code()).isEqualTo("UNSUPPORTED_BY_CLIENT");
        assertThat(failed.result().text()).contains("shutdown");
        assertThat(client.received).noneMatch(m -> "shutdown".equals(m.get("type")));
    }

    @Test
    void aCanceledRunningScriptStaysCanceledAndKeepsTheLateResult() throws Exception {
        StockClient client = registeredByDaemon("lsc-cancel");
        client.exchange();
        UUID id = fleet.script(computerOf(client), "echo finished-anyway");
        client.exchangeLosingTheAnswer();
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);

        fleet.change(id, ActivityStatus.CANCELED);
        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            client.exchange();
            return fleet.state(id).lateResult();
        });

        ActivityState canceled = fleet.state(id);
        assertThat(canceled.status()).isEqualTo(ActivityStatus.CANCELED);
        assertThat(canceled.result().text()).isEqualTo("finished-anyway\n");
        assertThat(client.received).extracting(m -> m.get("type")).doesNotContain("cancel");
    }

    @Test
    void aResynchronizeRequestIsAnsweredByTheClientsResynchronize() throws Exception {
        StockClient client = registeredByDaemon("lsc-resync");
        client.exchange();
        UUID id = fleet.create(ActivityDefinition.of("ResynchronizeRequest", computerOf(client), Map.of()),
                ActivityStatus.QUEUED);

        exchangeUntil(client, id, ActivityStatus.SUCCEEDED);

        assertThat(client.received).anyMatch(m -> "resynchronize".equals(m.get("type")) && m.get("operation-id") != null);
    }

    @Test
    void aCopyPresentingAnOldTokenIsToldItIsAnUnknownCloneAndTheOriginalIsMarked() throws Exception {
        StockClient original = registeredByDaemon("lsc-original");
        String firstToken = original.token;
        original.exchange();
        original.exchange();

        StockClient copy = client("lsc-original", Fleet.KEY);
        copy.secureId = original.secureId;
        copy.token = firstToken;
        copy.sequence = original.sequence;
        copy.serverSequence = original.serverSequence;
        copy.acceptedTypes = original.acceptedTypes;
        copy.exchange();

        assertThat(copy.secureId).isNull();
        assertThat(copy.cloneOf).isEqualTo("lsc-original");
        given().get("/computers/" + computerOf(original)).then().statusCode(200)
                .body("cloneSuspectedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anUnknownSecureIdIsToldToRegisterAgainAndDoes() throws Exception {
        StockClient client = client("lsc-forgotten", Fleet.KEY);
        client.secureId = "no-such-secure-id";
        client.acceptedTypes = List.of("operation-result");

        client.exchange();
        assertThat(client.secureId).isNull();
        assertThat(client.cloneOf).isNull();
        assertThat(client.acceptedTypes).containsExactly("register");
        client.exchange();
        assertThat(client.secureId).isNotBlank();
    }

    @Test
    void aClientThatJumpedAheadAfterAResyncIsAcknowledgedFromThere() throws Exception {
        StockClient client = registeredByDaemon("lsc-jump");
        client.exchange();
        client.sequence += 5;
        client.send(Map.of("type", "computer-info", "hostname", "vm"));

        Map<Object, Object> answer = client.exchange();

        assertThat(answer.get("next-expected-sequence")).isEqualTo(client.sequence);
        assertThat(client.pendingCount()).isZero();
    }

    @Test
    void aPendingComputerGetsItsIdsButNoActivitiesUntilAccepted() throws Exception {
        StockClient client = new StockClient("localhost", port(), "strict", "strict-key", "lsc-pending",
                StockClient.CLIENT_TYPES);
        client.exchange();
        client.exchange();
        assertThat(client.secureId).isNotBlank();
        UUID id = fleet.script(computerOf(client), "echo waits");

        client.exchange();
        client.exchange();

        assertThat(client.received).noneMatch(m -> "execute-script".equals(m.get("type")));
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.QUEUED);
    }

    @Test
    void pingsAnswerFalseForUnknownIdsAndAProblemForMalformedOnes() throws Exception {
        StockClient client = client("lsc-ping", Fleet.KEY);

        RawHttp.Reply unknown = client.ping("insecure_id=999999999");
        RawHttp.Reply malformed = client.ping("insecure_id=abc");

        assertThat(BpickleReader.read(unknown.body(), BpickleLimits.EXCHANGE)).isEqualTo(Map.of("messages", false));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(new String(malformed.body())).contains("insecure_id");
    }

    @Test
    void malformedBodiesAreProblemsNamingTheFieldNeverServerErrors() throws Exception {
        StockClient client = client("lsc-malformed", Fleet.KEY);
        Map<String, String> cases = Map.of(
                "garbage", "body",
                "i5;", "body",
                "l".repeat(100) + ";".repeat(100), "body",
                "du8:messagesldu3:fooi1;;;;", "messages[0].type",
                "du8:messagesi3;;", "messages",
                "du8:sequenceu1:x;", "sequence");

        for (Map.Entry<String, String> c : cases.entrySet()) {
            RawHttp.Reply reply = client.rawExchange(c.getKey().getBytes());
            assertThat(reply.status()).as(c.getKey()).isEqualTo(400);
            assertThat(reply.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(new String(reply.body())).as(c.getKey()).contains("\"field\":\"" + c.getValue() + "\"");
        }
        assertThat(client.rawExchange(new byte[9 * 1024 * 1024]).status()).isEqualTo(400);
    }

    private StockClient registeredByDaemon(String title) throws Exception {
        StockClient client = client(title, Fleet.KEY);
        Map<Object, Object> first = client.exchange();
        assertThat(client.acceptedTypes).containsExactly("register");
        assertThat(first).doesNotContainKeys("next-exchange-token", "next-expected-sequence");
        Map<Object, Object> registered = client.exchange();
        assertThat(client.secureId).isNotBlank();
        assertThat(client.insecureId).isPositive();
        assertThat(registered.get("next-expected-sequence")).isEqualTo(1L);
        assertThat(client.serverSequence).isEqualTo(2);
        return client;
    }

    private StockClient client(String title, String key) {
        return new StockClient("localhost", port(), Fleet.ACCOUNT, key, title, StockClient.CLIENT_TYPES);
    }

    private ActivityState exchangeUntil(StockClient client, UUID id, ActivityStatus status) {
        await().atMost(Fleet.WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            client.exchange();
            return fleet.state(id).status() == status;
        });
        return fleet.state(id);
    }

    private static long operationIn(RawHttp.Reply reply) {
        Map<?, ?> answer = (Map<?, ?>) BpickleReader.read(reply.body(), BpickleLimits.EXCHANGE);
        return ((List<?>) answer.get("messages")).stream().map(Map.class::cast)
                .filter(m -> "execute-script".equals(m.get("type"))).map(m -> (Long) m.get("operation-id"))
                .findFirst().orElseThrow();
    }

    private String computerOf(StockClient client) {
        return pool.preparedQuery("select computer_id from landscape_computer where insecure_id = $1")
                .execute(Tuple.of(client.insecureId)).await().atMost(Fleet.WAIT).iterator().next().getString(0);
    }

    private String column(String computerId, String column) {
        return pool.preparedQuery("select " + column + " from landscape_computer where computer_id = $1")
                .execute(Tuple.of(computerId)).await().atMost(Fleet.WAIT).iterator().next().getString(0);
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}
