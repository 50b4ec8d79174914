package io.activityplatform.deploy.kubernetes.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One YAML document of one file under deploy/kubernetes.
 *
 * @param file  path relative to deploy/kubernetes, e.g. {@code base/activity-api/deployment.yaml}
 * @param index position of the document in its file (0 for the first)
 * @param role  how the owning kustomization uses the file
 * @param doc   the parsed document: an object for a resource or strategic-merge patch, an array for a
 *              JSON 6902 patch
 */
public record Manifest(Path file, int index, Role role, JsonNode doc) {

    /** How a kustomization uses a file. */
    public enum Role {
        /** Listed under {@code resources}: a complete object. */
        RESOURCE,
        /** Listed under {@code patches}: a partial object, or a list of JSON 6902 operations. */
        PATCH,
        /** A kustomization.yaml itself. */
        KUSTOMIZATION,
        /** A YAML file no kustomization mentions. */
        UNREFERENCED
    }

    public String kind() {
        return doc.path("kind").asText("");
    }

    public String name() {
        return doc.path("metadata").path("name").asText("");
    }

    /** "base", "overlays/dev", ...: the directory of the kustomization this file belongs to. */
    public String layer() {
        Path first = file.getName(0);
        return first.toString().equals("overlays") && file.getNameCount() > 2
                ? "overlays/" + file.getName(1)
                : first.toString();
    }

    public boolean isBase() {
        return layer().equals("base");
    }

    public boolean isJsonPatch() {
        return doc.isArray();
    }

    /** Same place, other content: how tests plant a mistake without touching the files. */
    public Manifest withDoc(JsonNode changed) {
        return new Manifest(file, index, role, changed);
    }

    /** For messages: {@code base/x.yaml Deployment/activity-api}. */
    public String where() {
        String what = isJsonPatch() ? "json-patch#" + index : kind() + "/" + name();
        return file + " " + what;
    }
}
