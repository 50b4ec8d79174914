package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pod Security Standards (issue 12): every namespace an overlay creates enforces the 'restricted' level,
 * and every Deployment's pods pass it, so the admission controller never rejects them: non-root, seccomp
 * RuntimeDefault (or Localhost), all capabilities dropped, no privilege escalation, nothing privileged,
 * no host namespaces or host paths.
 */
public final class PodSecurityCheck {

    static final String ENFORCE = "pod-security.kubernetes.io/enforce";

    private PodSecurityCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Manifest k : platform.manifests().kustomizations().filter(m -> !m.isBase()).toList()) {
            String namespace = k.doc().path("namespace").asText("");
            boolean restricted = platform.manifests().all().stream()
                    .filter(m -> m.layer().equals(k.layer()) && m.kind().equals("Namespace") && m.name().equals(namespace))
                    .anyMatch(m -> m.doc().path("metadata").path("labels").path(ENFORCE).asText().equals("restricted"));
            if (!restricted) {
                problems.add(k.layer() + ": namespace '" + namespace + "' is not created with " + ENFORCE + "=restricted");
            }
        }
        for (Manifest d : platform.manifests().baseResources("Deployment").toList()) {
            checkPod(d, problems);
        }
        return problems;
    }

    private static void checkPod(Manifest d, List<String> problems) {
        JsonNode pod = Nodes.podSpec(d.doc());
        for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
            if (pod.path(host).asBoolean()) {
                problems.add(d.where() + ": " + host + " is not allowed under 'restricted'");
            }
        }
        pod.path("volumes").forEach(v -> {
            if (v.has("hostPath")) {
                problems.add(d.where() + ": hostPath volume " + v.path("name").asText() + " is not allowed under 'restricted'");
            }
        });
        JsonNode podContext = pod.path("securityContext");
        for (JsonNode c : Nodes.containers(d.doc())) {
            String where = d.where() + " container " + c.path("name").asText();
            JsonNode own = c.path("securityContext");
            if (!effective(own, podContext, "runAsNonRoot").asBoolean()) {
                problems.add(where + ": runAsNonRoot is not true");
            }
            if (effective(own, podContext, "runAsUser").asInt(-1) == 0) {
                problems.add(where + ": runs as uid 0");
            }
            String seccomp = effective(own, podContext, "seccompProfile").path("type").asText("unset");
            if (!Set.of("RuntimeDefault", "Localhost").contains(seccomp)) {
                problems.add(where + ": seccompProfile is " + seccomp + ", expected RuntimeDefault");
            }
            if (!own.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                problems.add(where + ": capabilities do not drop ALL");
            }
            own.path("capabilities").path("add").forEach(cap -> {
                if (!cap.asText().equals("NET_BIND_SERVICE")) {
                    problems.add(where + ": adds capability " + cap.asText());
                }
            });
            if (own.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(where + ": allowPrivilegeEscalation is not false");
            }
            if (own.path("privileged").asBoolean()) {
                problems.add(where + ": privileged");
            }
        }
    }

    /** A container's setting, or the pod's when the container does not set it. */
    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.path(field) : pod.path(field);
    }
}
