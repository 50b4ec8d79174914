package io.activityplatform.deploy.kubernetes.crd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activityplatform.deploy.kubernetes.manifest.ManifestLoader;
import io.activityplatform.deploy.kubernetes.manifest.ManifestSet;
import io.activityplatform.deploy.kubernetes.source.Repository;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The custom resources against Strimzi 1.0.1's and CloudNativePG 1.30.0's own CRD schemas, read from
 * shared/crds beside the repository. Without that directory the tests are skipped, saying so.
 */
class CrdSchemaCheckTest {

    private static CrdSchemaCheck check;
    private static final ManifestSet REAL = ManifestLoader.load(Repository.kubernetesDir());

    @BeforeAll
    static void readCrds() {
        Optional<Path> dir = CrdSchemas.locate(Repository.kubernetesDir());
        assumeTrue(dir.isPresent(), "Operator CRDs not found: no " + CrdSchemas.RELATIVE + " in "
                + Repository.kubernetesDir() + " or any parent directory (expected ../shared/crds beside the "
                + "repository, with Strimzi 1.0.1's and CloudNativePG 1.30.0's CRDs); custom resources NOT validated");
        check = new CrdSchemaCheck(CrdSchemas.read(dir.get()));
    }

    @Test
    void everyCustomResourceIsValidInTheBaseAndInEachOverlay() {
        // Kafka, KafkaNodePool, 2 KafkaTopics, 3 KafkaUsers, 3 Clusters.
        assertThat(check.customResources(REAL)).isEqualTo(10);
        assertThat(check.check(REAL)).isEmpty();
    }

    @Test
    void reportsAnApiVersionStrimziNoLongerServes() {
        ManifestSet planted = REAL.editing("base", "KafkaTopic", "activity-events",
                t -> t.put("apiVersion", "kafka.strimzi.io/v1beta2"));

        assertThat(check.check(planted)).isNotEmpty().allSatisfy(p -> assertThat(p)
                .contains("KafkaTopic/activity-events").contains("kafka.strimzi.io/v1beta2 KafkaTopic is not served")
                .contains("served: [v1]"));
    }

    @Test
    void reportsAFieldTheV1ApiRemoved() {
        // v1beta2's singular 'operation' in an ACL rule is gone from v1.
        ManifestSet planted = REAL.editing("base", "KafkaUser", "job-handler",
                u -> ((ObjectNode) u.at("/spec/authorization/acls/0")).put("operation", "Read"));

        assertThat(check.check(planted)).isNotEmpty()
                .anySatisfy(p -> assertThat(p).startsWith("base/kafka/users.yaml KafkaUser/job-handler")
                        .contains("/spec/authorization/acls/0").contains("operation"));
    }

    @Test
    void reportsAValueOutsideTheSchemasEnumeration() {
        ManifestSet planted = REAL.editing("base", "Kafka", "events",
                k -> ((ObjectNode) k.at("/spec/kafka/listeners/0/authentication")).put("type", "scram-sha-256"));

        assertThat(check.check(planted)).isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("Kafka/events").contains("/spec/kafka/listeners/0/authentication/type"));
    }

    @Test
    void reportsAMissingRequiredField() {
        ManifestSet planted = REAL.editing("base", "Cluster", "message-system-db",
                c -> ((ObjectNode) c.at("/spec/imageCatalogRef")).remove("major"));

        assertThat(check.check(planted)).isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("Cluster/message-system-db").contains("major"));
    }

    @Test
    void judgesTheResourceAsAnOverlayRendersIt() {
        // A misspelt field in the prod patch only exists once the patch is applied.
        ManifestSet planted = REAL.editing("overlays/prod", "KafkaNodePool", "dual-role",
                p -> ((ObjectNode) p.at("/spec/template/pod")).set("antiAffinity", p.at("/spec/template/pod/affinity")));

        assertThat(check.check(planted)).singleElement().asString()
                .startsWith("overlays/prod KafkaNodePool/dual-role").contains("antiAffinity");
    }

    @Test
    void appliesJsonPatchesOfTheOverlays() {
        // The dev overlay's JSON 6902 patch sets one instance per Cluster: judged after it is applied.
        assertThat(Overlays.render(REAL, m -> m.kind().equals("Cluster")))
                .filteredOn(r -> r.layer().equals("overlays/dev"))
                .hasSize(3).allSatisfy(r -> assertThat(r.doc().at("/spec/instances").asInt()).isEqualTo(1));
    }
}
