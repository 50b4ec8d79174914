package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.local.KafkaLauncher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Strimzi resources match the event contract: exactly the two topics of {@link Topics}, with the
 * partition count the local stack and the tests use, replication 3 with min.insync.replicas 2, infinite
 * retention and no compaction (every view is a fold of the whole log); a KRaft cluster of 3 brokers; and
 * every service's KAFKA_BOOTSTRAP_SERVERS points at that cluster's bootstrap Service. Overlays may lower
 * replication (a one-node dev cluster) but never change the partition count.
 */
public final class KafkaCheck {

    static final int REPLICATION = 3;
    static final int MIN_INSYNC = 2;

    private KafkaCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        List<Manifest> clusters = platform.manifests().baseResources("Kafka").toList();
        if (clusters.size() != 1) {
            problems.add("expected one Kafka in base, found " + clusters.size());
            return problems;
        }
        Manifest kafka = clusters.get(0);
        checkCluster(platform, kafka, problems);
        checkTopics(platform, kafka.name(), problems);
        checkBootstrap(platform, kafka, problems);
        return problems;
    }

    private static void checkCluster(Platform platform, Manifest kafka, List<String> problems) {
        int brokers = 0;
        boolean controllers = false;
        for (Manifest pool : platform.manifests().baseResources("KafkaNodePool").toList()) {
            if (!pool.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(kafka.name())) {
                problems.add(pool.where() + ": not labelled strimzi.io/cluster=" + kafka.name());
                continue;
            }
            String roles = pool.doc().path("spec").path("roles").toString();
            brokers += roles.contains("\"broker\"") ? pool.doc().path("spec").path("replicas").asInt() : 0;
            controllers |= roles.contains("\"controller\"");
        }
        if (brokers != REPLICATION) {
            problems.add(kafka.where() + ": " + brokers + " brokers in its node pools, expected " + REPLICATION);
        }
        if (!controllers) {
            problems.add(kafka.where() + ": no node pool has the controller role (KRaft needs one)");
        }
        JsonNode config = kafka.doc().path("spec").path("kafka").path("config");
        expect(kafka, config, "min.insync.replicas", MIN_INSYNC, problems);
        expect(kafka, config, "default.replication.factor", REPLICATION, problems);
    }

    private static void checkTopics(Platform platform, String cluster, List<String> problems) {
        Set<String> names = new TreeSet<>();
        for (Manifest topic : platform.manifests().baseResources("KafkaTopic").toList()) {
            JsonNode spec = topic.doc().path("spec");
            String name = spec.path("topicName").asText(topic.name());
            names.add(name);
            if (!topic.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(cluster)) {
                problems.add(topic.where() + ": not labelled strimzi.io/cluster=" + cluster);
            }
            expect(topic, spec, "partitions", KafkaLauncher.DEFAULT_PARTITIONS, problems);
            expect(topic, spec, "replicas", REPLICATION, problems);
            expect(topic, spec.path("config"), "min.insync.replicas", MIN_INSYNC, problems);
            expect(topic, spec.path("config"), "retention.ms", -1, problems);
            if (spec.path("config").path("cleanup.policy").asText().contains("compact")) {
                problems.add(topic.where() + ": compaction drops events a rebuild from offset 0 needs");
            }
        }
        Set<String> wanted = Set.of(Topics.ACTIVITY_EVENTS, Topics.COMPUTER_EVENTS);
        if (!names.equals(wanted)) {
            problems.add("KafkaTopics in base are " + names + ", the event contract (Topics) has " + new TreeSet<>(wanted));
        }
        platform.manifests().overlayDocuments().forEach(m -> {
            boolean jsonPatchOfPartitions = m.isJsonPatch() && m.doc().toString().contains("\"/spec/partitions\"");
            boolean mergePatchOfPartitions = m.kind().equals("KafkaTopic") && m.doc().path("spec").has("partitions")
                    && m.doc().path("spec").path("partitions").asInt() != KafkaLauncher.DEFAULT_PARTITIONS;
            if (jsonPatchOfPartitions || mergePatchOfPartitions) {
                problems.add(m.where() + ": changes a topic's partition count; the key decides the partition, "
                        + "so it must stay " + KafkaLauncher.DEFAULT_PARTITIONS);
            }
        });
    }

    private static void checkBootstrap(Platform platform, Manifest kafka, List<String> problems) {
        String expected = kafka.name() + "-kafka-bootstrap:" + clientListener(kafka).path("port").asInt(-1);
        for (String service : platform.services().keySet()) {
            for (String configMap : EnvCheck.configMapsOf(platform, service)) {
                platform.manifests().baseResource("ConfigMap", configMap).ifPresent(cm -> {
                    String value = cm.doc().path("data").path("KAFKA_BOOTSTRAP_SERVERS").asText(null);
                    if (value != null && !value.equals(expected)) {
                        problems.add(cm.where() + ": KAFKA_BOOTSTRAP_SERVERS=" + value + ", the cluster's client "
                                + "listener is " + expected);
                    }
                });
            }
        }
    }

    /** The listener the services connect to: the cluster's internal one (missing node if none). */
    static JsonNode clientListener(Manifest kafka) {
        for (JsonNode listener : kafka.doc().path("spec").path("kafka").path("listeners")) {
            if (listener.path("type").asText().equals("internal")) {
                return listener;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static void expect(Manifest m, JsonNode parent, String field, int wanted, List<String> problems) {
        JsonNode value = parent.path(field);
        if (value.isMissingNode() || value.asInt(Integer.MIN_VALUE) != wanted) {
            problems.add(m.where() + ": " + field + " is " + (value.isMissingNode() ? "unset" : value.asText())
                    + ", expected " + wanted);
        }
    }

    /** For tests: the config of a topic by name. */
    static Map<String, String> topicConfig(Platform platform, String topic) {
        return platform.manifests().baseResources("KafkaTopic")
                .filter(t -> t.doc().path("spec").path("topicName").asText(t.name()).equals(topic))
                .findFirst().map(t -> Nodes.strings(t.doc().path("spec").path("config"))).orElse(Map.of());
    }
}
