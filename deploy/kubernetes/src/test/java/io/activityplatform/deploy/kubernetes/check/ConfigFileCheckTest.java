package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.deploy.kubernetes.manifest.ManifestSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileCheckTest {

    @TempDir
    Path root;

    @Test
    void reportsAMisspeltKeyInAMountedAccountsFile() throws IOException {
        Files.createDirectories(root.resolve("overlays/typo"));
        Files.writeString(root.resolve("overlays/typo/accounts.properties"),
                "messages.accounts.dev.registration-key=k\nmessages.acounts.dev.title=Typo\n");

        assertThat(ConfigFileCheck.check(withGenerator("message-system-accounts"))).singleElement().asString()
                .contains("messages.acounts.dev.title is not a setting message-system reads");
    }

    @Test
    void ignoresGeneratedFilesNoServiceMountsAsItsConfig() throws IOException {
        Files.createDirectories(root.resolve("overlays/typo"));
        Files.writeString(root.resolve("overlays/typo/accounts.properties"), "anything.at.all=1\n");

        assertThat(ConfigFileCheck.check(withGenerator("something-else"))).isEmpty();
    }

    /** The base as it is, plus an overlay (in a temporary directory) generating the Secret {@code name}. */
    private Platform withGenerator(String name) {
        Platform real = PlatformFixture.platform();
        Manifest kustomization = new Manifest(Path.of("overlays/typo/kustomization.yaml"), 0,
                Manifest.Role.KUSTOMIZATION, Planting.yaml("""
                        resources: [../../base]
                        secretGenerator:
                          - name: %s
                            files:
                              - application.properties=accounts.properties
                        """.formatted(name)));
        ManifestSet set = new ManifestSet(root, real.manifests().baseResources().toList()).with(kustomization);
        return real.with(set);
    }
}
