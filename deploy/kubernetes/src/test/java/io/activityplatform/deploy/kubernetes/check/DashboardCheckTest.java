package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardCheckTest {

    private static final Set<String> DOCUMENTED = Set.of("activities_projection_lag", "activities_agent_exchange_seconds");

    @Test
    void readsTheMetricNamesOfAQuery() {
        assertThat(DashboardCheck.metrics("histogram_quantile(0.99, sum by (le) (rate(activities_agent_exchange_seconds_bucket{"
                + "namespace=\"x\"}[5m]))) / sum(activities_projection_lag{a=\"b\"})"))
                .containsExactly("activities_agent_exchange_seconds_bucket", "activities_projection_lag");
    }

    @Test
    void readsTheMetricsTableOfTheReadme() {
        String readme = "# x\n\n## Metrics\n\n| name | what |\n|---|---|\n| `activities_claims_total` | won, lost |\n"
                + "| `activities_agents` | gauge |\n\n## Other\n\n| `not_a_metric` | |\n";

        assertThat(DashboardCheck.documented(readme)).containsExactly("activities_agents", "activities_claims_total");
    }

    @Test
    void acceptsHistogramSeriesOfADocumentedMetric() {
        var dashboard = Planting.yaml("{panels: [{title: latency, targets: [{expr: 'rate(activities_agent_exchange_seconds_count{}[5m])'}]}]}");

        assertThat(DashboardCheck.checkDashboard("d.json", dashboard, DOCUMENTED)).isEmpty();
    }

    @Test
    void reportsAPanelUsingAnUndocumentedMetric() {
        var dashboard = Planting.yaml("{panels: [{title: lag, targets: [{expr: 'sum(projection_lag{namespace=\"x\"})'}]}]}");

        assertThat(DashboardCheck.checkDashboard("d.json", dashboard, DOCUMENTED)).singleElement().asString()
                .isEqualTo("d.json: panel 'lag' uses projection_lag, which the README's Metrics table does not name");
    }

    @Test
    void reportsAPanelWithoutQueries() {
        var dashboard = Planting.yaml("{panels: [{title: empty}]}");

        assertThat(DashboardCheck.checkDashboard("d.json", dashboard, DOCUMENTED)).singleElement().asString()
                .contains("panel 'empty' queries nothing");
    }

    @Test
    void reportsADashboardTheSidecarWouldNotFind() {
        Platform real = PlatformFixture.platform();
        Platform planted = real.with(real.manifests().editing("base", "Kustomization", "",
                k -> Planting.object(k, "/configMapGenerator/0/options/labels").remove(DashboardCheck.LABEL)));

        assertThat(DashboardCheck.check(planted)).singleElement().asString()
                .contains("no configMapGenerator labelled grafana_dashboard");
    }
}
