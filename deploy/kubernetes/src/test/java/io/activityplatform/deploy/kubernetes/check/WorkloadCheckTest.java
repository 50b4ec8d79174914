package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import org.junit.jupiter.api.Test;

class WorkloadCheckTest {

    @Test
    void reportsAContainerWithoutLimits() {
        Platform planted = Planting.edit("Deployment", "activity-api",
                d -> Planting.object(d, "/spec/template/spec/containers/0/resources").remove("limits"));

        assertThat(WorkloadCheck.check(planted)).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("needs a request and a limit"));
    }

    @Test
    void reportsARequestAboveItsLimit() {
        Platform planted = Planting.edit("Deployment", "job-handler",
                d -> Planting.object(d, "/spec/template/spec/containers/0/resources/requests").put("memory", "2Gi"));

        assertThat(WorkloadCheck.check(planted)).singleElement().asString()
                .contains("memory request 2Gi exceeds its limit 768Mi");
    }

    @Test
    void reportsADeploymentNoDisruptionBudgetSelects() {
        Platform planted = Planting.withoutBase("PodDisruptionBudget", "message-system");

        assertThat(WorkloadCheck.check(planted)).singleElement().asString()
                .contains("Deployment/message-system: no PodDisruptionBudget selects its pods");
    }

    @Test
    void reportsANetworkPolicySelectingOtherPods() {
        Platform planted = Planting.edit("NetworkPolicy", "job-handler",
                n -> Planting.object(n, "/spec/podSelector/matchLabels").put("app.kubernetes.io/name", "jobs"));

        assertThat(WorkloadCheck.check(planted)).singleElement().asString()
                .contains("Deployment/job-handler: no NetworkPolicy selects its pods");
    }

    @Test
    void reportsASingleReplicaInTheBase() {
        Platform planted = Planting.edit("Deployment", "message-system", d -> Planting.object(d, "/spec").put("replicas", 1));

        assertThat(WorkloadCheck.check(planted)).singleElement().asString().contains("fewer than 2 replicas");
    }

    @Test
    void reportsAWritableRootFileSystem() {
        Platform planted = Planting.edit("Deployment", "activity-api", d -> Planting.object(d,
                "/spec/template/spec/containers/0/securityContext").put("readOnlyRootFilesystem", false));

        assertThat(WorkloadCheck.check(planted)).singleElement().asString().contains("root file system is not read-only");
    }

    @Test
    void reportsAnArchiveDirectoryOnTheReadOnlyRootFileSystem() {
        Platform planted = Planting.edit("ConfigMap", "job-handler-config",
                cm -> Planting.object(cm, "/data").put("JOBS_ARCHIVE_DIRECTORY", "/deployments/data/archives"));

        assertThat(WorkloadCheck.check(planted)).singleElement().asString()
                .contains("JOBS_ARCHIVE_DIRECTORY=/deployments/data/archives is on the read-only root file system");
    }

    @Test
    void reportsAnOverlayReplacingResourcesWithoutLimits() {
        Platform planted = Planting.adding("overlays/dev/patches/small.yaml", Manifest.Role.PATCH, """
                - op: replace
                  path: /spec/template/spec/containers/0/resources
                  value:
                    requests:
                      cpu: 100m
                      memory: 256Mi
                """);

        assertThat(WorkloadCheck.check(planted)).hasSize(2)
                .allSatisfy(p -> assertThat(p).startsWith("overlays/dev/patches/small.yaml"));
    }
}
