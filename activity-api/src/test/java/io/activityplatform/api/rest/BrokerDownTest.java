package io.activityplatform.api.rest;

import static io.activityplatform.api.support.Api.as;
import static io.activityplatform.api.support.Api.createScript;
import static io.activityplatform.api.support.Api.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.api.testsupport.OwnBrokerResource;
import io.activityplatform.local.KafkaLauncher;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the broker stopped (issue 10 §3), a command is answered within the publisher's bounds (max.block +
 * delivery timeout, seconds) by a 503 problem with {@code Retry-After}, never a hang, a 500 or a blocked event
 * loop; once the broker is back, the same command is accepted. The broker is this test's own
 * ({@link OwnBrokerResource}), stopped for real.
 */
@QuarkusTest
@QuarkusTestResource(value = OwnBrokerResource.class, restrictToAnnotatedClass = true)
class BrokerDownTest {

    /** Far above the publisher's bounds (3 s block, 10 s delivery), far below a hang. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(45);

    KafkaLauncher kafka;
    @Inject
    LogDriver log;

    @AfterEach
    void brokerBack() {
        kafka.start();
    }

    @Test
    void aCommandWithTheBrokerStoppedIsA503ProblemWithRetryAfter() {
        UUID id = createScript("alice", log.computer());
        kafka.stop();

        Response cancel = answered(() -> as("bob").body(Map.of("reason", "broker down")).post("/activities/" + id + "/cancel"));

        assertUnavailable(cancel);
        kafka.start();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                as("bob").body(Map.of("reason", "broker back")).post("/activities/" + id + "/cancel").statusCode() == 200);
    }

    @Test
    void aCreateWithTheBrokerStoppedIsA503ProblemWithRetryAfter() {
        String computer = log.computer();
        kafka.stop();

        Response create = answered(() -> as("alice").body(script(computer)).post("/activities"));

        assertUnavailable(create);
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
    }

    /** The request, which must be answered within {@link #ANSWER_WITHIN} (else the test fails, not hangs). */
    private static Response answered(Supplier<Response> request) {
        CompletableFuture<Response> answer = CompletableFuture.supplyAsync(request);
        try {
            return answer.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer within " + ANSWER_WITHIN + " with the broker stopped", e);
        }
    }
}
