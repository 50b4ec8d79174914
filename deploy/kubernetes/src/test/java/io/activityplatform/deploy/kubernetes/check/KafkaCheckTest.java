package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.events.codec.Topics;
import org.junit.jupiter.api.Test;

class KafkaCheckTest {

    @Test
    void activityEventsKeepsEveryEventForever() {
        assertThat(KafkaCheck.topicConfig(PlatformFixture.platform(), Topics.ACTIVITY_EVENTS))
                .containsEntry("retention.ms", "-1").containsEntry("cleanup.policy", "delete");
    }

    @Test
    void reportsAPartitionCountOtherThanTheLocalDefault() {
        Platform planted = Planting.edit("KafkaTopic", "activity-events",
                t -> Planting.object(t, "/spec").put("partitions", 6));

        assertThat(KafkaCheck.check(planted)).singleElement().asString()
                .contains("KafkaTopic/activity-events").contains("partitions is 6, expected 12");
    }

    @Test
    void reportsATopicNameThatIsNotInTheEventContract() {
        Platform planted = Planting.edit("KafkaTopic", "computer-events",
                t -> Planting.object(t, "/spec").put("topicName", "computers"));

        assertThat(KafkaCheck.check(planted)).singleElement().asString()
                .contains("[activity-events, computers]").contains("[activity-events, computer-events]");
    }

    @Test
    void reportsFiniteRetentionAndCompaction() {
        Platform planted = Planting.edit("KafkaTopic", "computer-events", t -> Planting.object(t, "/spec/config")
                .put("retention.ms", 604800000).put("cleanup.policy", "compact"));

        assertThat(KafkaCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("retention.ms is 604800000, expected -1"))
                .anySatisfy(p -> assertThat(p).contains("compaction drops events"));
    }

    @Test
    void reportsTooFewInSyncReplicas() {
        Platform planted = Planting.edit("Kafka", "events", k -> Planting.object(k, "/spec/kafka/config")
                .put("min.insync.replicas", 1));

        assertThat(KafkaCheck.check(planted)).singleElement().asString().contains("min.insync.replicas is 1, expected 2");
    }

    @Test
    void reportsAClusterWithoutThreeBrokers() {
        Platform planted = Planting.edit("KafkaNodePool", "dual-role", p -> Planting.object(p, "/spec").put("replicas", 1));

        assertThat(KafkaCheck.check(planted)).singleElement().asString().contains("1 brokers in its node pools, expected 3");
    }

    @Test
    void reportsABootstrapAddressThatIsNotTheClustersPlainListener() {
        Platform planted = Planting.edit("ConfigMap", "job-handler-config",
                cm -> Planting.object(cm, "/data").put("KAFKA_BOOTSTRAP_SERVERS", "events-kafka-bootstrap:9092"));

        assertThat(KafkaCheck.check(planted)).singleElement().asString()
                .contains("the cluster's client listener is events-kafka-bootstrap:9093");
    }

    @Test
    void reportsAnOverlayChangingThePartitionCount() {
        Platform planted = Planting.adding("overlays/dev/patches/partitions.yaml", Manifest.Role.PATCH, """
                - op: replace
                  path: /spec/partitions
                  value: 3
                """);

        assertThat(KafkaCheck.check(planted)).singleElement().asString()
                .startsWith("overlays/dev/patches/partitions.yaml").contains("partition count");
    }
}
