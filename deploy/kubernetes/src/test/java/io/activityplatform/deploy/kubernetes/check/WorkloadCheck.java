package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every Deployment is run the way the platform promises: requests and limits (requests within limits),
 * the three probes, more than one replica in the base, a PodDisruptionBudget and a NetworkPolicy
 * selecting its pods, non-root with a read-only root file system and a writable /tmp, and every
 * directory it is told to write to mounted. Overlays that replace resources keep requests and limits.
 */
public final class WorkloadCheck {

    private WorkloadCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Manifest d : platform.manifests().baseResources("Deployment").toList()) {
            Map<String, String> labels = Nodes.podLabels(d.doc());
            requireSelected(platform, d, "PodDisruptionBudget", "/spec/selector", labels, problems);
            requireSelected(platform, d, "NetworkPolicy", "/spec/podSelector", labels, problems);
            if (d.doc().path("spec").path("replicas").asInt(1) < 2) {
                problems.add(d.where() + ": fewer than 2 replicas in base; every service is designed for several");
            }
            if (!Nodes.podSpec(d.doc()).path("securityContext").path("runAsNonRoot").asBoolean()) {
                problems.add(d.where() + ": pod securityContext lacks runAsNonRoot: true");
            }
            for (JsonNode c : Nodes.containers(d.doc())) {
                String where = d.where() + " container " + c.path("name").asText();
                checkResources(where, c.path("resources"), problems);
                for (String probe : ProbeCheck.PATHS.keySet()) {
                    if (c.path(probe).isMissingNode()) {
                        problems.add(where + ": no " + probe);
                    }
                }
                checkFileSystem(platform, d, c, where, problems);
            }
        }
        platform.manifests().overlayDocuments().filter(Manifest::isJsonPatch).forEach(m -> m.doc().forEach(op -> {
            if (op.path("path").asText().endsWith("/containers/0/resources")) {
                checkResources(m.where(), op.path("value"), problems);
            }
        }));
        return problems;
    }

    static void checkResources(String where, JsonNode resources, List<String> problems) {
        for (String resource : List.of("cpu", "memory")) {
            String request = resources.path("requests").path(resource).asText("");
            String limit = resources.path("limits").path(resource).asText("");
            if (!Quantity.isValid(request) || !Quantity.isValid(limit)) {
                problems.add(where + ": " + resource + " needs a request and a limit (request '" + request
                        + "', limit '" + limit + "')");
            } else if (Quantity.parse(request).compareTo(Quantity.parse(limit)) > 0) {
                problems.add(where + ": " + resource + " request " + request + " exceeds its limit " + limit);
            }
        }
    }

    private static void requireSelected(Platform platform, Manifest d, String kind, String selector,
            Map<String, String> labels, List<String> problems) {
        boolean selected = platform.manifests().baseResources(kind)
                .anyMatch(m -> Nodes.selects(m.doc().at(selector), labels));
        if (!selected) {
            problems.add(d.where() + ": no " + kind + " selects its pods " + labels);
        }
    }

    private static void checkFileSystem(Platform platform, Manifest d, JsonNode c, String where,
            List<String> problems) {
        JsonNode security = c.path("securityContext");
        if (!security.path("readOnlyRootFilesystem").asBoolean()) {
            problems.add(where + ": root file system is not read-only");
        }
        if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
            problems.add(where + ": allowPrivilegeEscalation is not false");
        }
        List<String> mounts = new ArrayList<>();
        c.path("volumeMounts").forEach(v -> mounts.add(v.path("mountPath").asText()));
        if (!mounts.contains("/tmp")) {
            problems.add(where + ": no writable /tmp (the JVM, Vert.x and the Kafka client need one)");
        }
        for (String configMap : EnvCheck.configMapsOf(platform, d.name())) {
            platform.manifests().baseResource("ConfigMap", configMap).ifPresent(cm ->
                    cm.doc().path("data").fields().forEachRemaining(e -> {
                        boolean isDirectory = e.getKey().endsWith("_DIRECTORY") || e.getKey().endsWith("_DIR");
                        if (isDirectory && mounts.stream().noneMatch(mp -> isUnder(e.getValue().asText(), mp))) {
                            problems.add(where + ": " + e.getKey() + "=" + e.getValue().asText()
                                    + " is on the read-only root file system (no volume mounted there)");
                        }
                    }));
        }
    }

    private static boolean isUnder(String path, String mount) {
        return path.equals(mount) || path.startsWith(mount.endsWith("/") ? mount : mount + "/");
    }
}
