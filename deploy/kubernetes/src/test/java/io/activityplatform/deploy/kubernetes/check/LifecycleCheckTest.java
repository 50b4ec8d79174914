package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LifecycleCheckTest {

    private static final LifecycleCheck.Tested TESTED = LifecycleCheck.Tested.fromRootPom();

    @Test
    void readsTheTestedVersionsFromTheRootPom() {
        assertThat(TESTED.postgresMajor()).isEqualTo(17);
        assertThat(TESTED.kafka()).matches("4\\.\\d+\\.\\d+");
    }

    @Test
    void readsQuarkusDurations() {
        assertThat(LifecycleCheck.duration("20s")).isEqualTo(Duration.ofSeconds(20));
        assertThat(LifecycleCheck.duration("25")).isEqualTo(Duration.ofSeconds(25));
        assertThat(LifecycleCheck.duration("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(LifecycleCheck.duration("1500ms")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void reportsAShutdownTimeoutNoLongerThanThePreStopDelay() {
        Platform planted = Planting.edit("ConfigMap", "activity-api-config",
                cm -> Planting.object(cm, "/data").put("QUARKUS_SHUTDOWN_TIMEOUT", "5s"));

        assertThat(LifecycleCheck.check(planted, TESTED)).singleElement().asString()
                .contains("Deployment/activity-api: QUARKUS_SHUTDOWN_TIMEOUT 5s is not longer than the preStop delay 5s");
    }

    @Test
    void reportsAMissingShutdownTimeout() {
        Platform planted = Planting.edit("ConfigMap", "job-handler-config",
                cm -> Planting.object(cm, "/data").remove("QUARKUS_SHUTDOWN_TIMEOUT"));

        assertThat(LifecycleCheck.check(planted, TESTED)).singleElement().asString()
                .contains("QUARKUS_SHUTDOWN_TIMEOUT 0s is not longer than the preStop delay 5s");
    }

    @Test
    void reportsAShutdownThatOutlastsTheGracePeriod() {
        Platform planted = Planting.edit("Deployment", "message-system",
                d -> Planting.object(d, "/spec/template/spec").put("terminationGracePeriodSeconds", 20));

        assertThat(LifecycleCheck.check(planted, TESTED)).singleElement().asString()
                .contains("preStop 5s + shutdown 20s exceed terminationGracePeriodSeconds 20");
    }

    @Test
    void reportsAnOptionalAccountsSecret() {
        Platform planted = Planting.edit("Deployment", "message-system",
                d -> Planting.object(d, "/spec/template/spec/volumes/3/secret").put("optional", true));

        assertThat(LifecycleCheck.check(planted, TESTED)).singleElement().asString()
                .contains("Deployment/message-system: a volume or variable is optional");
    }

    @Test
    void reportsAnUnpinnedPostgresImage() {
        Platform planted = Planting.edit("Cluster", "activity-api-db", c -> Planting.object(c, "/spec").remove("imageCatalogRef"));

        // The base and both overlays render it.
        assertThat(LifecycleCheck.check(planted, TESTED)).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("Cluster/activity-api-db: PostgreSQL major not pinned"));
    }

    @Test
    void reportsAnOverlayMovingPostgresToAnotherMajor() {
        Platform planted = Planting.adding("overlays/prod/patches/postgres-18.yaml",
                io.activityplatform.deploy.kubernetes.manifest.Manifest.Role.PATCH, """
                        apiVersion: postgresql.cnpg.io/v1
                        kind: Cluster
                        metadata:
                          name: job-handler-db
                        spec:
                          imageCatalogRef:
                            major: 18
                        """);
        Platform withPatch = planted.with(planted.manifests().editing("overlays/prod", "Kustomization", "",
                k -> Planting.array(k, "/patches").addObject().put("path", "patches/postgres-18.yaml")));

        assertThat(LifecycleCheck.check(withPatch, TESTED)).singleElement().asString()
                .isEqualTo("overlays/prod Cluster/job-handler-db: PostgreSQL major 18, the tests run 17");
    }

    @Test
    void reportsAKafkaVersionTheBuildDoesNotTest() {
        Platform planted = Planting.edit("Kafka", "events", k -> Planting.object(k, "/spec/kafka").put("version", "4.0.0"));

        assertThat(LifecycleCheck.check(planted, TESTED)).hasSize(3)
                .allSatisfy(p -> assertThat(p).contains("Kafka/events: Kafka 4.0.0, the build and the tests use " + TESTED.kafka()));
    }

    @Test
    void reportsProdKafkaNodesWithoutAntiAffinity() {
        Platform planted = Planting.edit("overlays/prod", "KafkaNodePool", "dual-role",
                p -> Planting.object(p, "/spec").remove("template"));

        assertThat(LifecycleCheck.check(planted, TESTED)).singleElement().asString()
                .startsWith("overlays/prod KafkaNodePool/dual-role: no required pod anti-affinity on kubernetes.io/hostname");
    }

    @Test
    void reportsAntiAffinityAgainstPodsThatAreNotThePools() {
        Platform planted = Planting.edit("overlays/prod", "KafkaNodePool", "dual-role", p -> Planting.object(p,
                "/spec/template/pod/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/0/labelSelector/matchLabels")
                .put("strimzi.io/pool-name", "brokers"));

        assertThat(LifecycleCheck.check(planted, TESTED)).singleElement().asString().contains("no required pod anti-affinity");
    }
}
