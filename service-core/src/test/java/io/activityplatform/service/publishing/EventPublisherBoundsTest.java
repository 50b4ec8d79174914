package io.activityplatform.service.publishing;

import io.activityplatform.service.config.KafkaConnection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemMappers;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * With the broker down (nothing listens on its port), publishing neither blocks the subscribing thread nor
 * waits unboundedly: it fails with {@link LogUnavailableException}, which a command answers as a 503 problem
 * with {@code Retry-After}.
 */
class EventPublisherBoundsTest {

    private static final Duration MAX_BLOCK = Duration.ofMillis(500);

    @Test
    void aSendToADownBrokerFailsWithinItsBoundsWithoutBlockingTheCaller() throws Exception {
        EventPublisher publisher = new EventPublisher(config(), new KafkaConnection(Map.of("bootstrap.servers", "127.0.0.1:" + freePort())));
        try {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Uni<?> send = publisher.publish(created());

            // subscribing returns at once: the blocking part of the Kafka send is not on this thread
            send.subscribe().with(ok -> { }, failure::set);
            assertThat(failure.get()).as("not failed synchronously on the subscribing thread").isNull();

            assertThatThrownBy(() -> send.await().atMost(Duration.ofSeconds(30)))
                    .isInstanceOf(LogUnavailableException.class)
                    .satisfies(e -> assertThat(((LogUnavailableException) e).retryAfter()).hasSeconds(7));
        } finally {
            publisher.onStop(null);
        }
    }

    @Test
    void anUnavailableLogIsA503ProblemWithRetryAfter() {
        Response response = new ProblemMappers().logUnavailable(
                new LogUnavailableException("broker down", null, Duration.ofSeconds(7)));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("7");
        assertThat(((Problem) response.getEntity()).status()).isEqualTo(503);
    }

    private static ActivityCreated created() {
        return new ActivityCreated(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), Actor.user("alice"), "test",
                ActivityDefinition.of("ExecuteScriptRequest", "c1", Map.of()), ActivityStatus.QUEUED);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static PlatformConfig config() {
        return new PublishingSettings("bounds-test", MAX_BLOCK, Duration.ofMillis(500), Duration.ofSeconds(1), 10,
                Duration.ofSeconds(7)).config();
    }
}
