package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each service's NetworkPolicy lets it reach only the Kafka brokers (on the client listener's port), its
 * own database and DNS, and lets in only the ingress controller (if the service has an Ingress) and
 * Prometheus from the monitoring namespace, both on the service's port.
 */
public final class NetworkPolicyCheck {

    static final String MONITORING_NAMESPACE = "monitoring";
    static final int POSTGRES_PORT = 5432;
    static final int DNS_PORT = 53;

    private NetworkPolicyCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        String kafka = platform.manifests().baseResources("Kafka").map(Manifest::name).findFirst().orElse("?");
        int kafkaPort = platform.manifests().baseResources("Kafka").findFirst()
                .map(k -> KafkaCheck.clientListener(k).path("port").asInt(-1)).orElse(-1);
        for (Platform.Service service : platform.services().values()) {
            Optional<Manifest> policy = policyOf(platform, service.name());
            if (policy.isEmpty()) {
                problems.add("no NetworkPolicy selects " + service.name());
                continue;
            }
            JsonNode spec = policy.get().doc().path("spec");
            String types = spec.path("policyTypes").toString();
            if (!types.contains("Ingress") || !types.contains("Egress")) {
                problems.add(policy.get().where() + ": policyTypes must list Ingress and Egress, is " + types);
            }
            checkEgress(policy.get(), spec.path("egress"), kafka, kafkaPort, service.name() + "-db", problems);
            boolean exposed = IngressCheck.routedServices(platform).contains(service.name());
            checkIngress(policy.get(), spec.path("ingress"), service.module().httpPort(), exposed, problems);
        }
        return problems;
    }

    private static Optional<Manifest> policyOf(Platform platform, String service) {
        Map<String, String> labels = platform.manifests().baseResource("Deployment", service)
                .map(d -> Nodes.podLabels(d.doc())).orElse(Map.of());
        return platform.manifests().baseResources("NetworkPolicy")
                .filter(p -> Nodes.selects(p.doc().path("spec").path("podSelector"), labels))
                .findFirst();
    }

    private static void checkEgress(Manifest policy, JsonNode egress, String kafka, int kafkaPort, String database,
            List<String> problems) {
        boolean toKafka = false;
        boolean toDatabase = false;
        boolean toDns = false;
        for (JsonNode rule : egress) {
            if (!rule.has("to") || rule.path("to").isEmpty() || !rule.has("ports")) {
                problems.add(policy.where() + ": an egress rule without both 'to' and 'ports' opens too much: " + rule);
                continue;
            }
            for (JsonNode peer : rule.path("to")) {
                Map<String, String> pods = Nodes.strings(peer.path("podSelector").path("matchLabels"));
                String ports = rule.path("ports").toString();
                if (kafka.equals(pods.get("strimzi.io/cluster")) && onlyPort(rule, kafkaPort)) {
                    toKafka = true;
                } else if (database.equals(pods.get("cnpg.io/cluster")) && onlyPort(rule, POSTGRES_PORT)) {
                    toDatabase = true;
                } else if ("kube-dns".equals(pods.get("k8s-app")) && onlyPort(rule, DNS_PORT)) {
                    toDns = true;
                } else {
                    problems.add(policy.where() + ": egress to " + peer + " on " + ports
                            + " is neither Kafka (" + kafka + "), its own database (" + database + ") nor DNS");
                }
            }
        }
        if (!toKafka || !toDatabase || !toDns) {
            problems.add(policy.where() + ": egress must allow Kafka, " + database + " and DNS (kafka=" + toKafka
                    + ", database=" + toDatabase + ", dns=" + toDns + ")");
        }
    }

    private static void checkIngress(Manifest policy, JsonNode ingress, int port, boolean exposed,
            List<String> problems) {
        boolean fromController = false;
        boolean fromPrometheus = false;
        for (JsonNode rule : ingress) {
            boolean scrape = isScrape(rule);
            fromPrometheus |= scrape;
            fromController |= !scrape;
            if (!exposed && !scrape) {
                problems.add(policy.where() + ": lets traffic in although no Ingress routes to the service");
            }
            if (!onlyPort(rule, port)) {
                problems.add(policy.where() + ": ingress rule ports " + rule.path("ports") + ", the service listens on "
                        + port);
            }
            for (JsonNode peer : rule.path("from")) {
                if (!peer.has("namespaceSelector") || peer.has("ipBlock")) {
                    problems.add(policy.where() + ": ingress from " + peer + " is not the ingress controller's namespace");
                }
            }
            if (!rule.has("from")) {
                problems.add(policy.where() + ": an ingress rule without 'from' admits every pod");
            }
        }
        if (exposed && !fromController) {
            problems.add(policy.where() + ": blocks the ingress controller although an Ingress routes here");
        }
        if (!fromPrometheus) {
            problems.add(policy.where() + ": blocks the metrics scrape (no rule from namespace " + MONITORING_NAMESPACE
                    + ")");
        }
    }

    /** A rule whose every peer is in the monitoring namespace: Prometheus scraping /q/metrics. */
    static boolean isScrape(JsonNode rule) {
        JsonNode from = rule.path("from");
        if (from.isEmpty()) {
            return false;
        }
        for (JsonNode peer : from) {
            String ns = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
            if (!ns.equals(MONITORING_NAMESPACE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean onlyPort(JsonNode rule, int port) {
        JsonNode ports = rule.path("ports");
        if (ports.isEmpty()) {
            return false;
        }
        for (JsonNode p : ports) {
            if (p.path("port").asInt() != port) {
                return false;
            }
        }
        return true;
    }
}
