package io.activityplatform.deploy.kubernetes.check;

import io.activityplatform.deploy.kubernetes.manifest.Kustomization;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Generated Secrets and ConfigMaps that a service mounts as {@code /deployments/config} (Quarkus reads
 * {@code config/application.properties} under its working directory) contain only properties the
 * service reads: a misspelt key there is as silent as a misspelt environment variable.
 */
public final class ConfigFileCheck {

    static final String CONFIG_DIR = "/deployments/config";

    private ConfigFileCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Manifest file : platform.manifests().kustomizations().toList()) {
            Kustomization k = Kustomization.parse(file.file().getParent(), file.doc());
            for (Kustomization.Generator g : k.generators()) {
                String properties = g.files().get("application.properties");
                if (properties == null) {
                    continue;
                }
                for (Platform.Service service : platform.services().values()) {
                    if (mountsAsConfig(platform, service.name(), g)) {
                        Path path = platform.manifests().root().resolve(k.dir()).resolve(properties);
                        read(path).stringPropertyNames().stream()
                                .filter(key -> !service.settings().allowsProperty(key))
                                .forEach(key -> problems.add(k.dir() + "/" + properties + ": " + key
                                        + " is not a setting " + service.name() + " reads"));
                    }
                }
            }
        }
        return problems;
    }

    private static boolean mountsAsConfig(Platform platform, String service, Kustomization.Generator g) {
        return platform.manifests().baseResource("Deployment", service).map(d -> {
            String volume = null;
            for (var v : Nodes.podSpec(d.doc()).path("volumes")) {
                String source = g.kind().equals("Secret") ? v.path("secret").path("secretName").asText()
                        : v.path("configMap").path("name").asText();
                volume = source.equals(g.name()) ? v.path("name").asText() : volume;
            }
            String name = volume;
            return name != null && Nodes.containers(d.doc()).stream().anyMatch(c -> {
                for (var m : c.path("volumeMounts")) {
                    if (m.path("name").asText().equals(name) && m.path("mountPath").asText().equals(CONFIG_DIR)) {
                        return true;
                    }
                }
                return false;
            });
        }).orElse(false);
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return p;
    }
}
