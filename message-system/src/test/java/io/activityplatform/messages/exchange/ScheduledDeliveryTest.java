package io.activityplatform.messages.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.rules.DeliveryRule;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A SCHEDULED client activity goes straight to IN_PROGRESS at the first exchange after its time, not before. */
@QuarkusTest
class ScheduledDeliveryTest {

    @Inject
    Fleet fleet;
    @Inject
    MutableClock clock;

    @Test
    void aScheduledActivityIsDeliveredOnlyAfterItsTime() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "scheduled");
        Instant at = clock.instant().plus(Duration.ofHours(1));
        UUID id = fleet.create(scheduled(agent.computerId, at, null), ActivityStatus.SCHEDULED);

        agent.exchange(1, List.of()).statusCode(200).body("messages.size()", equalTo(0));
        given().get("/agent/ping/" + agent.computerId).then().body("messages", equalTo(false));
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.SCHEDULED);

        clock.advance(Duration.ofHours(1));

        given().get("/agent/ping/" + agent.computerId).then().body("messages", equalTo(true));
        agent.exchange(1, List.of()).statusCode(200).body("messages[0].operationId", equalTo(id.toString()))
                .body("messages[0].type", equalTo("execute"));
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(fleet.state(id).statusVersion()).isEqualTo(2); // SCHEDULED -> IN_PROGRESS, no QUEUED step
    }

    @Test
    void theDeliveryWindowDelaysEachActivityByItsOwnDeterministicOffset() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "windowed");
        Instant at = clock.instant();
        UUID id = fleet.create(scheduled(agent.computerId, at, 3600), ActivityStatus.SCHEDULED);
        Instant due = DeliveryRule.dueAt(fleet.state(id));
        assertThat(due).isBetween(at, at.plusSeconds(3600));

        clock.set(due.minusMillis(1));
        agent.exchange(1, List.of()).statusCode(200).body("messages.size()", equalTo(0));

        clock.set(due);
        agent.exchange(1, List.of()).statusCode(200).body("messages[0].operationId", equalTo(id.toString()));
    }

    private static ActivityDefinition scheduled(String computerId, Instant after, Integer window) {
        return new ActivityDefinition("ExecuteScriptRequest", computerId, null, null,
                Map.of("interpreter", "/bin/sh", "code", "true"), after, null, window, null, null, null, 1, null, null);
    }
}
