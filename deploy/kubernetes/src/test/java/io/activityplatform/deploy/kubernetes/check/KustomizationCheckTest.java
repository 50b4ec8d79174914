package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import org.junit.jupiter.api.Test;

class KustomizationCheckTest {

    @Test
    void reportsAResourceFileThatDoesNotExist() {
        Platform planted = Planting.edit("base", "Kustomization", "", k -> Planting.array(k, "/resources").add("kafka/kafka-connect.yaml"));

        assertThat(KustomizationCheck.check(planted)).singleElement().asString()
                .contains("resource kafka/kafka-connect.yaml does not exist");
    }

    @Test
    void reportsAPatchWhoseTargetBaseDoesNotDefine() {
        Platform planted = Planting.edit("overlays/dev", "Kustomization", "", k -> Planting.object(k, "/patches/1/target")
                .put("kind", "Postgres"));

        assertThat(KustomizationCheck.check(planted)).singleElement().asString()
                .contains("patches/postgres-single-instance.yaml targets").contains("matches nothing in base");
    }

    @Test
    void reportsAStrategicMergePatchOfAResourceBaseDoesNotDefine() {
        Platform planted = Planting.edit("overlays/prod", "Deployment", "job-handler",
                d -> Planting.object(d, "/metadata").put("name", "job-handlers"));

        assertThat(KustomizationCheck.check(planted)).singleElement().asString()
                .contains("patches Deployment/job-handlers, which base does not define");
    }

    @Test
    void reportsReplicasAndImagesForUnknownDeployments() {
        Platform planted = Planting.edit("overlays/prod", "Kustomization", "", k -> {
            Planting.object(k, "/replicas/0").put("name", "api");
            Planting.object(k, "/images/0").put("name", "activity-platform/api");
        });

        assertThat(KustomizationCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("replicas for Deployment api"))
                .anySatisfy(p -> assertThat(p).contains("image override activity-platform/api"));
    }

    @Test
    void reportsAYamlFileNoKustomizationUses() {
        Platform planted = Planting.adding("base/forgotten.yaml", Manifest.Role.UNREFERENCED, "kind: ConfigMap");

        assertThat(KustomizationCheck.check(planted)).containsExactly("base/forgotten.yaml: no kustomization uses this file");
    }

    @Test
    void reportsAnOverlayRedefiningABaseResource() {
        Platform planted = Planting.adding("overlays/prod/extra.yaml", Manifest.Role.RESOURCE, """
                apiVersion: v1
                kind: Service
                metadata:
                  name: activity-api
                """);

        assertThat(KustomizationCheck.check(planted)).singleElement().asString().contains("redefines a base resource");
    }
}
