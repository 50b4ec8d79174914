package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every environment variable given to a service (its ConfigMaps through envFrom, its container env, and
 * the overlays' patches of either) is a setting the service reads; QUARKUS_HTTP_PORT matches the code.
 */
public final class EnvCheck {

    private EnvCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Platform.Service service : platform.services().values()) {
            Set<String> configMaps = configMapsOf(platform, service.name());
            List<Manifest> documents = new ArrayList<>();
            platform.manifests().all().stream()
                    .filter(m -> m.role() == Manifest.Role.RESOURCE || m.role() == Manifest.Role.PATCH)
                    .filter(m -> (m.kind().equals("ConfigMap") && configMaps.contains(m.name()))
                            || (m.kind().equals("Deployment") && m.name().equals(service.name())))
                    .forEach(documents::add);
            for (Manifest m : documents) {
                envOf(m).forEach(var -> checkVariable(service, m, var, problems));
            }
        }
        return problems;
    }

    /** Names of the ConfigMaps the service's base Deployment reads with envFrom. */
    static Set<String> configMapsOf(Platform platform, String service) {
        Set<String> names = new TreeSet<>();
        platform.manifests().baseResource("Deployment", service).ifPresent(d -> Nodes.containers(d.doc())
                .forEach(c -> c.path("envFrom").forEach(
                        e -> names.add(e.path("configMapRef").path("name").asText()))));
        names.remove("");
        return names;
    }

    /** (name, value) pairs a document sets; a value of null when it comes from a secret or field. */
    static List<String[]> envOf(Manifest m) {
        List<String[]> vars = new ArrayList<>();
        if (m.kind().equals("ConfigMap")) {
            m.doc().path("data").fields().forEachRemaining(e -> vars.add(new String[] {e.getKey(), e.getValue().asText()}));
        } else {
            for (JsonNode c : Nodes.containers(m.doc())) {
                c.path("env").forEach(e -> vars.add(new String[] {e.path("name").asText(),
                        e.has("value") ? e.path("value").asText() : null}));
            }
        }
        return vars;
    }

    private static void checkVariable(Platform.Service service, Manifest m, String[] var, List<String> problems) {
        String name = var[0];
        if (!service.settings().allowsEnv(name)) {
            problems.add(m.where() + ": " + name + " is not a setting " + service.name()
                    + " reads (not in its application.properties, @ConfigMapping, or image ENV)");
        }
        if (name.equals("QUARKUS_HTTP_PORT") && var[1] != null
                && !var[1].equals(String.valueOf(service.module().httpPort()))) {
            problems.add(m.where() + ": QUARKUS_HTTP_PORT=" + var[1] + " but the service's quarkus.http.port is "
                    + service.module().httpPort() + " (probes, Service and NetworkPolicy use that)");
        }
    }
}
