package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Probes hit the Quarkus health endpoints on the port the service listens on (its quarkus.http.port,
 * or the management port if the service moved health there), and the container and Service ports agree.
 */
public final class ProbeCheck {

    /** Probe field to the health paths it may use. A startup probe may fall back to liveness. */
    static final Map<String, Set<String>> PATHS = Map.of(
            "startupProbe", Set.of("/q/health/started", "/q/health/live"),
            "livenessProbe", Set.of("/q/health/live"),
            "readinessProbe", Set.of("/q/health/ready"));

    private ProbeCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Platform.Service service : platform.services().values()) {
            int port = service.module().httpPort();
            int healthPort = healthPort(service);
            Optional<Manifest> deployment = platform.manifests().baseResource("Deployment", service.name());
            if (deployment.isEmpty()) {
                problems.add("no Deployment " + service.name() + " in base");
                continue;
            }
            JsonNode container = container(deployment.get(), service.name(), problems);
            if (container == null) {
                continue;
            }
            checkContainer(deployment.get(), container, container, port, healthPort, true, problems);
            // A patch names ports as the base container declares them.
            platform.manifests().overlayDocuments()
                    .filter(m -> m.kind().equals("Deployment") && m.name().equals(service.name()))
                    .forEach(patch -> Nodes.containers(patch.doc()).forEach(
                            c -> checkContainer(patch, c, container, port, healthPort, false, problems)));
            platform.manifests().baseResource("Service", service.name()).ifPresentOrElse(
                    svc -> checkService(svc, container, port, problems),
                    () -> problems.add("no Service " + service.name() + " in base"));
        }
        return problems;
    }

    private static int healthPort(Platform.Service service) {
        var props = service.module().properties();
        return Boolean.parseBoolean(props.getProperty("quarkus.management.enabled", "false"))
                ? Integer.parseInt(props.getProperty("quarkus.management.port", "9000"))
                : service.module().httpPort();
    }

    private static JsonNode container(Manifest deployment, String name, List<String> problems) {
        return Nodes.containers(deployment.doc()).stream()
                .filter(c -> c.path("name").asText().equals(name))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(deployment.where() + ": no container named " + name);
                    return null;
                });
    }

    private static void checkContainer(Manifest m, JsonNode container, JsonNode portNames, int port, int healthPort,
            boolean complete, List<String> problems) {
        String where = m.where() + " container " + container.path("name").asText();
        for (JsonNode p : container.path("ports")) {
            if (p.path("containerPort").asInt() != port && p.path("name").asText().equals("http")) {
                problems.add(where + ": containerPort " + p.path("containerPort").asText()
                        + " but quarkus.http.port is " + port);
            }
        }
        PATHS.forEach((probe, allowed) -> {
            JsonNode http = container.path(probe).path("httpGet");
            if (container.path(probe).isMissingNode()) {
                if (complete) {
                    problems.add(where + ": no " + probe);
                }
                return;
            }
            if (!allowed.contains(http.path("path").asText())) {
                problems.add(where + ": " + probe + " path " + http.path("path").asText() + " is not one of "
                        + allowed);
            }
            int resolved = Nodes.resolvePort(http.path("port"), container.has("ports") ? container : portNames);
            if (resolved != healthPort) {
                problems.add(where + ": " + probe + " port " + http.path("port").asText() + " resolves to "
                        + resolved + " but health is served on " + healthPort);
            }
        });
    }

    private static void checkService(Manifest svc, JsonNode container, int port, List<String> problems) {
        for (JsonNode p : svc.doc().path("spec").path("ports")) {
            JsonNode target = p.has("targetPort") ? p.path("targetPort") : p.path("port");
            int resolved = Nodes.resolvePort(target, container);
            if (resolved != port) {
                problems.add(svc.where() + ": port " + p.path("name").asText() + " targets " + target.asText()
                        + " = " + resolved + " but quarkus.http.port is " + port);
            }
        }
    }
}
