package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small readers over Kubernetes objects as JSON trees. */
final class Nodes {

    private Nodes() {
    }

    static List<JsonNode> containers(JsonNode workload) {
        List<JsonNode> out = new ArrayList<>();
        workload.path("spec").path("template").path("spec").path("containers").forEach(out::add);
        return out;
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static Map<String, String> podLabels(JsonNode workload) {
        return strings(workload.path("spec").path("template").path("metadata").path("labels"));
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** A label selector's matchLabels select {@code labels} (an empty selector selects nothing here). */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        Map<String, String> wanted = strings(selector.path("matchLabels"));
        return !wanted.isEmpty() && labels.entrySet().containsAll(wanted.entrySet());
    }

    /** The container port a probe or Service refers to, by number or by name; -1 if none matches. */
    static int resolvePort(JsonNode port, JsonNode container) {
        if (port.isInt() || port.asText().matches("\\d+")) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return -1;
    }
}
