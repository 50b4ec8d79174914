package io.activityplatform.deploy.kubernetes.crd;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activityplatform.deploy.kubernetes.manifest.Kustomization;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.deploy.kubernetes.manifest.ManifestSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an overlay makes of the base's resources, for the kinds asked for: its merge patches applied as
 * JSON merge patches (what kustomize does for custom resources, whose schema it does not know) and its
 * JSON 6902 patches ({@code add}, {@code replace}, {@code remove}). Not kustomize: enough to judge the
 * custom resources each overlay would apply.
 */
public final class Overlays {

    /** One resource as an overlay renders it. */
    public record Rendered(String layer, String kind, String name, JsonNode doc) {
        public String where() {
            return layer + " " + kind + "/" + name;
        }
    }

    private Overlays() {
    }

    public static List<Rendered> render(ManifestSet set, Predicate<Manifest> kinds) {
        List<Rendered> out = new ArrayList<>();
        for (Manifest k : set.kustomizations().filter(m -> !m.isBase()).toList()) {
            Kustomization overlay = Kustomization.parse(k.file().getParent(), k.doc());
            Map<String, ObjectNode> resources = new LinkedHashMap<>();
            set.baseResources().filter(kinds).forEach(m -> resources.put(m.kind() + "/" + m.name(),
                    (ObjectNode) m.doc().deepCopy()));
            for (Kustomization.Patch patch : overlay.patches()) {
                Path file = overlay.dir().resolve(patch.path()).normalize();
                for (Manifest p : set.all().stream().filter(m -> m.file().equals(file)).toList()) {
                    if (p.isJsonPatch()) {
                        set.baseResources().filter(kinds).filter(m -> matches(patch.target(), m))
                                .forEach(m -> apply((ArrayNode) p.doc(), resources.get(m.kind() + "/" + m.name())));
                    } else {
                        ObjectNode target = resources.get(p.kind() + "/" + p.name());
                        if (target != null) {
                            merge(target, p.doc());
                        }
                    }
                }
            }
            resources.forEach((key, doc) -> out.add(new Rendered(k.layer(), doc.path("kind").asText(),
                    doc.path("metadata").path("name").asText(), doc)));
        }
        return out;
    }

    private static boolean matches(Map<String, String> target, Manifest m) {
        return (!target.containsKey("kind") || target.get("kind").equals(m.kind()))
                && (!target.containsKey("name") || target.get("name").equals(m.name()));
    }

    /** RFC 7386: objects merge field by field, null removes, anything else replaces. */
    static void merge(ObjectNode target, JsonNode patch) {
        patch.properties().forEach(e -> {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && target.path(e.getKey()).isObject()) {
                merge((ObjectNode) target.get(e.getKey()), value);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        });
    }

    /** RFC 6902 add, replace and remove on object members and array indexes. */
    static void apply(ArrayNode ops, ObjectNode doc) {
        for (JsonNode op : ops) {
            JsonPointer path = JsonPointer.compile(op.path("path").asText());
            JsonNode parent = doc.at(path.head());
            String last = path.last().getMatchingProperty();
            String verb = op.path("op").asText();
            if (parent instanceof ObjectNode o) {
                if (verb.equals("remove")) {
                    o.remove(last);
                } else {
                    o.set(last, op.path("value").deepCopy());
                }
            } else if (parent instanceof ArrayNode a) {
                int index = last.equals("-") ? a.size() : Integer.parseInt(last);
                switch (verb) {
                    case "remove" -> a.remove(index);
                    case "replace" -> a.set(index, op.path("value").deepCopy());
                    default -> a.insert(index, op.path("value").deepCopy());
                }
            } else {
                throw new IllegalArgumentException("patch path " + path + " has no parent in " + doc.path("kind"));
            }
        }
    }
}
