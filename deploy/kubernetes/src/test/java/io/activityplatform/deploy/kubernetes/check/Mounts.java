package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Which key of which Secret or ConfigMap a file path inside a Deployment's container holds. */
final class Mounts {

    /**
     * @param kind "secret" or "configMap"
     * @param name the Secret's or ConfigMap's name
     * @param key  the data key that becomes the file
     * @param optional whether the volume is marked optional
     */
    record Source(String kind, String name, String key, boolean optional) {
    }

    private Mounts() {
    }

    static Optional<Source> fileSource(JsonNode deployment, String file) {
        for (JsonNode c : Nodes.containers(deployment)) {
            for (JsonNode m : c.path("volumeMounts")) {
                String dir = m.path("mountPath").asText();
                if (!file.startsWith(dir.endsWith("/") ? dir : dir + "/")) {
                    continue;
                }
                String relative = file.substring(dir.length()).replaceFirst("^/", "");
                for (JsonNode v : Nodes.podSpec(deployment).path("volumes")) {
                    if (v.path("name").asText().equals(m.path("name").asText())) {
                        return source(v, relative);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Source> source(JsonNode volume, String relative) {
        for (String kind : new String[] {"secret", "configMap"}) {
            JsonNode s = volume.path(kind);
            if (s.isMissingNode()) {
                continue;
            }
            String name = s.path(kind.equals("secret") ? "secretName" : "name").asText();
            String key = relative;
            if (s.has("items")) {
                key = null;
                for (JsonNode item : s.path("items")) {
                    if (item.path("path").asText().equals(relative)) {
                        key = item.path("key").asText();
                    }
                }
            }
            return key == null ? Optional.empty() : Optional.of(new Source(kind, name, key, s.path("optional").asBoolean()));
        }
        return Optional.empty();
    }

    /** The value of a variable in the service's ConfigMaps (envFrom) or container env; empty if unset. */
    static Optional<String> env(Platform platform, String service, String variable) {
        for (String cm : EnvCheck.configMapsOf(platform, service)) {
            Optional<String> v = platform.manifests().baseResource("ConfigMap", cm)
                    .map(m -> m.doc().path("data").path(variable)).filter(JsonNode::isValueNode).map(JsonNode::asText);
            if (v.isPresent()) {
                return v;
            }
        }
        return platform.manifests().baseResource("Deployment", service).flatMap(d -> Nodes.containers(d.doc()).stream()
                .flatMap(c -> java.util.stream.StreamSupport.stream(c.path("env").spliterator(), false))
                .filter(e -> e.path("name").asText().equals(variable) && e.has("value"))
                .map(e -> e.path("value").asText()).findFirst());
    }

    /** The secretKeyRef a container variable comes from (missing node if none). */
    static JsonNode secretRef(JsonNode deployment, String variable) {
        for (JsonNode c : Nodes.containers(deployment)) {
            for (JsonNode e : c.path("env")) {
                if (e.path("name").asText().equals(variable)) {
                    return e.path("valueFrom").path("secretKeyRef");
                }
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
