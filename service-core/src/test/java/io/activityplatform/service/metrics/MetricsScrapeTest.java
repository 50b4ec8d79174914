package io.activityplatform.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricsScrapeTest {

    private static final String TEXT = """
            # HELP activities_projection_events_total
            # TYPE activities_projection_events_total counter
            activities_projection_events_total{outcome="applied",reason="none"} 12.0
            activities_projection_events_total{outcome="rejected",reason="VERSION_CONFLICT"} 2.0
            activities_projection_events_total{outcome="rejected",reason="MALFORMED"} 1.0
            activities_outbox_messages 4.0
            """;

    @Test
    void sumsTheSeriesOfANameByLabels() {
        MetricsScrape scrape = MetricsScrape.parse(TEXT);
        assertThat(scrape.sum("activities_projection_events_total")).isEqualTo(15.0);
        assertThat(scrape.sum("activities_projection_events_total", "outcome=rejected")).isEqualTo(3.0);
        assertThat(scrape.sum("activities_projection_events_total", "outcome=rejected", "reason=MALFORMED"))
                .isEqualTo(1.0);
        assertThat(scrape.sum("activities_outbox_messages")).isEqualTo(4.0);
    }

    @Test
    void aNameIsNotAPrefixMatchAndMissingLabelsMatchNothing() {
        MetricsScrape scrape = MetricsScrape.parse(TEXT);
        assertThat(scrape.has("activities_projection_events")).isFalse();
        assertThat(scrape.has("activities_projection_events_total", "outcome=quarantined")).isFalse();
        assertThat(scrape.sum("activities_agents")).isZero();
    }
}
