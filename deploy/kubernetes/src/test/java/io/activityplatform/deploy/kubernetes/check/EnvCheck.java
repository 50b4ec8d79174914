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

    /** One variable a document sets; {@code value} is null when it comes from a Secret or a field. */
    record EnvVar(String name, String value) {
    }

    static List<EnvVar> envOf(Manifest m) {
        List<EnvVar> vars = new ArrayList<>();
        if (m.kind().equals("ConfigMap")) {
            m.doc().path("data").fields().forEachRemaining(e -> vars.add(new EnvVar(e.getKey(), e.getValue().asText())));
        } else {
            for (JsonNode c : Nodes.containers(m.doc())) {
                c.path("env").forEach(e -> vars.add(new EnvVar(e.path("name").asText(),
                        e.has("value") ? e.path("value").asText() : null)));
            }
        }
        return vars;
    }

    private static void checkVariable(Platform.Service service, Manifest m, EnvVar var, List<String> problems) {
        String name = var.name();
        if (!service.settings().allowsEnv(name)) {
            problems.add(m.where() + ": " + name + " is not a setting " + service.name()
                    + " reads (not in its application.properties, @ConfigMapping, or image ENV)");
        }
        if (name.equals("QUARKUS_HTTP_PORT") && var.value() != null
                && !var.value().equals(String.valueOf(service.module().httpPort()))) {
            problems.add(m.where() + ": QUARKUS_HTTP_PORT=" + var.value() + " but the service's quarkus.http.port is "
                    + service.module().httpPort() + " (probes, Service and NetworkPolicy use that)");
        }
    }
}
