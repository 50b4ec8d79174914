package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DashboardCheckTest {

    private static final Set<String> DOCUMENTED = Set.of("projection_lag_records", "agent_exchange_seconds");

    @Test
    void readsTheMetricNamesOfAQuery() {
        assertThat(DashboardCheck.metrics("histogram_quantile(0.99, sum by (le) (rate(agent_exchange_seconds_bucket{"
                + "namespace=\"x\"}[5m]))) / sum(projection_lag_records{a=\"b\"})"))
                .containsExactly("agent_exchange_seconds_bucket", "projection_lag_records");
    }

    @Test
    void readsTheMetricsTableOfTheReadme() {
        String readme = "# x\n\n## Metrics\n\n| name | what |\n|---|---|\n| `claims_total` | won, lost |\n"
                + "| `agents_by_state` | gauge |\n\n## Other\n\n| `not_a_metric` | |\n";

        assertThat(DashboardCheck.documented(readme)).containsExactly("agents_by_state", "claims_total");
    }

    @Test
    void acceptsHistogramSeriesOfADocumentedMetric() {
        var dashboard = Planting.yaml("{panels: [{title: latency, targets: [{expr: 'rate(agent_exchange_seconds_count{}[5m])'}]}]}");

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
