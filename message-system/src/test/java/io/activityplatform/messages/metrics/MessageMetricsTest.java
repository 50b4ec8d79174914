package io.activityplatform.messages.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.service.metrics.MetricsScrape;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * message-system's figures at /q/metrics move with a real agent: exchanges timed, messages both ways,
 * delivery claims won, agents by state and the outbox; a rejected exchange counts as a failure.
 */
@QuarkusTest
class MessageMetricsTest {

    @Inject
    Fleet fleet;
    @Inject
    AgentGauges gauges;

    @Test
    void anAgentRunningAScriptMovesExchangeClaimAndAgentFigures() throws Exception {
        MetricsScrape before = MetricsScrape.scrape();
        Agent agent = fleet.agent("metrics-agent");
        UUID id = fleet.script(agent.computerId(), "echo measured");

        fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);
        gauges.refresh().await().atMost(Fleet.WAIT);

        MetricsScrape after = MetricsScrape.scrape();
        assertThat(delta(before, after, "activities_agent_exchange_seconds_count")).isGreaterThanOrEqualTo(2);
        assertThat(after.has("activities_agent_exchange_seconds_bucket")).isTrue();
        assertThat(delta(before, after, "activities_agent_messages_total", "direction=out")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "activities_agent_messages_total", "direction=in")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "activities_claims_total", "outcome=won")).isGreaterThanOrEqualTo(1);
        assertThat(after.sum("activities_agents", "state=active")).isGreaterThanOrEqualTo(1);
        assertThat(after.has("activities_outbox_messages")).isTrue();
        assertThat(gauges.agents("active")).isEqualTo((long) after.sum("activities_agents", "state=active"));
    }

    @Test
    void anExchangeWithAnUnknownSecretCountsAsAFailure() {
        MetricsScrape before = MetricsScrape.scrape();
        io.restassured.RestAssured.given().contentType("application/json")
                .body("{\"secretId\":\"" + UUID.randomUUID() + "\",\"exchangeToken\":\"x\",\"nextExpectedSequence\":1,"
                        + "\"messages\":[]}")
                .post(exchangePath()).then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        assertThat(delta(before, MetricsScrape.scrape(), "activities_agent_exchange_failures_total")).isEqualTo(1);
    }

    private static String exchangePath() {
        return "/agent/exchange";
    }

    private static double delta(MetricsScrape before, MetricsScrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
