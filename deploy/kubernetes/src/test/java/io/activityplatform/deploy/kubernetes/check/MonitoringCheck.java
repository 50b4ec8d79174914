package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.events.codec.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything is scraped (issue 14): a PodMonitor for each service's pods at /q/metrics on its HTTP port;
 * Kafka's broker metrics and Kafka Exporter (covering both topics and every service's group) with a
 * PodMonitor on Strimzi's metrics port; each PostgreSQL cluster's exporter scraped; and the NetworkPolicies
 * of the database pods let Prometheus in (the services' own policies are NetworkPolicyCheck's).
 */
public final class MonitoringCheck {

    static final String METRICS_PATH = "/q/metrics";
    static final String STRIMZI_METRICS_PORT = "tcp-prometheus";
    static final String CNPG_METRICS_PORT = "metrics";
    static final int CNPG_METRICS_PORT_NUMBER = 9187;

    private MonitoringCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        List<Manifest> monitors = platform.manifests().baseResources("PodMonitor").toList();
        for (Platform.Service service : platform.services().values()) {
            Manifest d = platform.manifests().baseResource("Deployment", service.name()).orElseThrow();
            Map<String, String> labels = Nodes.podLabels(d.doc());
            String port = httpPortName(d.doc(), service.module().httpPort());
            boolean scraped = monitors.stream().filter(m -> selects(m, labels)).anyMatch(m -> endpoint(m, port, METRICS_PATH));
            if (!scraped) {
                problems.add("no PodMonitor scrapes " + service.name() + " at " + METRICS_PATH + " on port " + port);
            }
        }
        platform.manifests().baseResources("Kafka").forEach(k -> checkKafka(platform, k, monitors, problems));
        platform.manifests().baseResources("Cluster").forEach(c -> checkPostgres(platform, c, monitors, problems));
        return problems;
    }

    private static void checkKafka(Platform platform, Manifest kafka, List<Manifest> monitors, List<String> problems) {
        JsonNode spec = kafka.doc().path("spec");
        if (spec.path("kafka").path("metricsConfig").path("type").asText().isEmpty()) {
            problems.add(kafka.where() + ": no spec.kafka.metricsConfig: the brokers expose no metrics");
        }
        JsonNode exporter = spec.path("kafkaExporter");
        if (exporter.isMissingNode()) {
            problems.add(kafka.where() + ": no kafkaExporter: consumer-group lag is not measured");
        } else {
            String topics = exporter.path("topicRegex").asText(".*");
            String groups = exporter.path("groupRegex").asText(".*");
            for (String topic : List.of(Topics.ACTIVITY_EVENTS, Topics.COMPUTER_EVENTS)) {
                if (!topic.matches(topics)) {
                    problems.add(kafka.where() + ": kafkaExporter.topicRegex " + topics + " leaves out " + topic);
                }
            }
            for (Platform.Service s : platform.services().values()) {
                String group = ServiceTopics.of(s.module()).group();
                if (!group.matches(groups)) {
                    problems.add(kafka.where() + ": kafkaExporter.groupRegex " + groups + " leaves out group " + group);
                }
            }
        }
        Map<String, String> brokerPod = Map.of("strimzi.io/cluster", kafka.name(), "strimzi.io/kind", "Kafka",
                "strimzi.io/name", kafka.name() + "-kafka");
        Map<String, String> exporterPod = Map.of("strimzi.io/cluster", kafka.name(), "strimzi.io/kind", "Kafka",
                "strimzi.io/name", kafka.name() + "-kafka-exporter");
        for (Map<String, String> pod : List.of(brokerPod, exporterPod)) {
            if (monitors.stream().filter(m -> selects(m, pod)).noneMatch(m -> endpoint(m, STRIMZI_METRICS_PORT, null))) {
                problems.add("no PodMonitor scrapes " + pod.get("strimzi.io/name") + " on port " + STRIMZI_METRICS_PORT);
            }
        }
    }

    private static void checkPostgres(Platform platform, Manifest cluster, List<Manifest> monitors, List<String> problems) {
        Map<String, String> pod = Map.of("cnpg.io/cluster", cluster.name());
        boolean own = cluster.doc().path("spec").path("monitoring").path("enablePodMonitor").asBoolean();
        if (!own && monitors.stream().filter(m -> selects(m, pod)).noneMatch(m -> endpoint(m, CNPG_METRICS_PORT, null))) {
            problems.add("no PodMonitor scrapes the PostgreSQL instances of " + cluster.name() + " on port " + CNPG_METRICS_PORT);
        }
        boolean admitted = platform.manifests().baseResources("NetworkPolicy")
                .filter(p -> Nodes.selects(p.doc().path("spec").path("podSelector"), pod))
                .flatMap(p -> java.util.stream.StreamSupport.stream(p.doc().path("spec").path("ingress").spliterator(), false))
                .anyMatch(rule -> NetworkPolicyCheck.isScrape(rule)
                        && rule.path("ports").toString().contains("\"port\":" + CNPG_METRICS_PORT_NUMBER));
        if (!admitted) {
            problems.add(cluster.name() + ": its NetworkPolicy does not let Prometheus (namespace "
                    + NetworkPolicyCheck.MONITORING_NAMESPACE + ") reach port " + CNPG_METRICS_PORT_NUMBER);
        }
    }

    /** A PodMonitor's selector (matchLabels and In expressions) selects pods with these labels. */
    static boolean selects(Manifest monitor, Map<String, String> labels) {
        JsonNode selector = monitor.doc().path("spec").path("selector");
        if (selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty()) {
            return false;
        }
        if (!labels.entrySet().containsAll(Nodes.strings(selector.path("matchLabels")).entrySet())) {
            return false;
        }
        for (JsonNode e : selector.path("matchExpressions")) {
            String value = labels.get(e.path("key").asText());
            boolean in = value != null && e.path("values").toString().contains("\"" + value + "\"");
            if (!e.path("operator").asText().equals("In") || !in) {
                return false;
            }
        }
        return true;
    }

    private static boolean endpoint(Manifest monitor, String port, String path) {
        for (JsonNode e : monitor.doc().path("spec").path("podMetricsEndpoints")) {
            if (e.path("port").asText().equals(port) && (path == null || e.path("path").asText("/metrics").equals(path))) {
                return true;
            }
        }
        return false;
    }

    private static String httpPortName(JsonNode deployment, int port) {
        for (JsonNode c : Nodes.containers(deployment)) {
            for (JsonNode p : c.path("ports")) {
                if (p.path("containerPort").asInt() == port) {
                    return p.path("name").asText();
                }
            }
        }
        return "?";
    }
}
