package io.activityplatform.deploy.kubernetes.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.source.Repository;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ManifestLoaderTest {

    private final ManifestSet set = ManifestLoader.load(Repository.kubernetesDir());

    @Test
    void readsEveryDocumentOfMultiDocumentFiles() {
        assertThat(set.all()).filteredOn(m -> m.file().equals(Path.of("base/kafka/topics.yaml")))
                .extracting(Manifest::index, Manifest::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "activity-events"),
                        org.assertj.core.groups.Tuple.tuple(1, "computer-events"));
    }

    @Test
    void givesEachFileTheRoleItsKustomizationAssigns() {
        assertThat(set.baseResource("Deployment", "activity-api")).get()
                .extracting(Manifest::role).isEqualTo(Manifest.Role.RESOURCE);
        assertThat(set.all()).filteredOn(m -> m.file().startsWith("overlays/dev/patches"))
                .isNotEmpty().allMatch(m -> m.role() == Manifest.Role.PATCH);
        assertThat(set.kustomizations()).extracting(Manifest::layer)
                .containsExactlyInAnyOrder("base", "overlays/dev", "overlays/prod");
    }

    @Test
    void tellsJsonPatchesFromObjects() {
        assertThat(set.all()).filteredOn(m -> m.file().equals(Path.of("overlays/dev/patches/topic-replication.yaml")))
                .singleElement().matches(Manifest::isJsonPatch);
        assertThat(set.baseResources()).noneMatch(Manifest::isJsonPatch);
    }

    @Test
    void readsGeneratorsWithTheirDataKeys() {
        Manifest dev = set.kustomizations().filter(m -> m.layer().equals("overlays/dev")).findFirst().orElseThrow();
        Kustomization k = Kustomization.parse(dev.file().getParent(), dev.doc());

        assertThat(k.generators()).singleElement().satisfies(g -> {
            assertThat(g.kind()).isEqualTo("Secret");
            assertThat(g.name()).isEqualTo("message-system-accounts");
            assertThat(g.files()).containsEntry("application.properties", "message-system-accounts.properties");
        });
    }
}
