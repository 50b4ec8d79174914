package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonitoringCheckTest {

    @Test
    void reportsServicesScrapedOnTheWrongPath() {
        Platform planted = Planting.edit("PodMonitor", "activity-platform-services",
                m -> Planting.object(m, "/spec/podMetricsEndpoints/0").put("path", "/metrics"));

        assertThat(MonitoringCheck.check(planted)).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("at /q/metrics on port http"));
    }

    @Test
    void reportsAServiceNoPodMonitorSelects() {
        Platform planted = Planting.edit("PodMonitor", "activity-platform-services",
                m -> Planting.object(m, "/spec/selector/matchLabels").put("app.kubernetes.io/name", "activity-api"));

        assertThat(MonitoringCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("no PodMonitor scrapes message-system"))
                .anySatisfy(p -> assertThat(p).startsWith("no PodMonitor scrapes job-handler"));
    }

    @Test
    void reportsBrokersWithoutMetrics() {
        Platform planted = Planting.edit("Kafka", "events", k -> Planting.object(k, "/spec/kafka").remove("metricsConfig"));

        assertThat(MonitoringCheck.check(planted)).singleElement().asString().contains("no spec.kafka.metricsConfig");
    }

    @Test
    void reportsAKafkaExporterBlindToAServicesGroup() {
        Platform planted = Planting.edit("Kafka", "events",
                k -> Planting.object(k, "/spec/kafkaExporter").put("groupRegex", "activity-api|message-system"));

        assertThat(MonitoringCheck.check(planted)).singleElement().asString()
                .contains("kafkaExporter.groupRegex activity-api|message-system leaves out group job-handler");
    }

    @Test
    void reportsAMissingKafkaExporter() {
        Platform planted = Planting.edit("Kafka", "events", k -> Planting.object(k, "/spec").remove("kafkaExporter"));

        assertThat(MonitoringCheck.check(planted)).singleElement().asString().contains("no kafkaExporter");
    }

    @Test
    void reportsKafkaPodsNobodyScrapes() {
        Platform planted = Planting.withoutBase("PodMonitor", "kafka-events");

        assertThat(MonitoringCheck.check(planted)).containsExactly(
                "no PodMonitor scrapes events-kafka on port tcp-prometheus",
                "no PodMonitor scrapes events-kafka-exporter on port tcp-prometheus");
    }

    @Test
    void reportsADatabaseNobodyScrapes() {
        Platform planted = Planting.edit("PodMonitor", "postgres",
                m -> Planting.array(m, "/spec/selector/matchExpressions/0/values").remove(2));

        assertThat(MonitoringCheck.check(planted)).singleElement().asString()
                .isEqualTo("no PodMonitor scrapes the PostgreSQL instances of job-handler-db on port metrics");
    }

    @Test
    void acceptsTheOperatorsOwnPodMonitorInstead() {
        Platform planted = Planting.withoutBase("PodMonitor", "postgres");
        Platform withOwn = planted;
        for (String cluster : new String[] {"activity-api-db", "message-system-db", "job-handler-db"}) {
            withOwn = withOwn.with(withOwn.manifests().editing("base", "Cluster", cluster,
                    c -> Planting.object(c, "/spec").putObject("monitoring").put("enablePodMonitor", true)));
        }

        assertThat(MonitoringCheck.check(withOwn)).isEmpty();
    }

    @Test
    void reportsADatabasePolicyBlockingTheScrape() {
        Platform planted = Planting.edit("NetworkPolicy", "message-system-db",
                n -> Planting.array(n, "/spec/ingress").remove(3));

        assertThat(MonitoringCheck.check(planted)).singleElement().asString()
                .startsWith("message-system-db: its NetworkPolicy does not let Prometheus (namespace monitoring) reach port 9187");
    }
}
