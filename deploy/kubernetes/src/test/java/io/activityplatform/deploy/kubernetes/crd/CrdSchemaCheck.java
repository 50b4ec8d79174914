package io.activityplatform.deploy.kubernetes.crd;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.deploy.kubernetes.manifest.ManifestSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every custom resource of an operator whose CRDs were read (Kafka, KafkaNodePool, KafkaTopic, KafkaUser,
 * Cluster) uses an API version that operator serves and is valid against that version's published
 * schema: in the base, and as each overlay renders it. What the schema cannot say (the CRDs' CEL rules,
 * {@code x-kubernetes-validations}) is not checked here.
 */
public final class CrdSchemaCheck {

    private final CrdSchemas crds;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private final Map<JsonNode, Schema> compiled = new HashMap<>();

    public CrdSchemaCheck(CrdSchemas crds) {
        this.crds = crds;
    }

    public List<String> check(ManifestSet set) {
        List<String> problems = new ArrayList<>();
        set.baseResources().filter(this::isCustom).forEach(m -> validate(m.where(), m.doc(), problems));
        Overlays.render(set, this::isCustom).forEach(r -> validate(r.where(), r.doc(), problems));
        return problems;
    }

    /** The number of documents judged: the tests make sure it is not zero. */
    public long customResources(ManifestSet set) {
        return set.baseResources().filter(this::isCustom).count();
    }

    private boolean isCustom(Manifest m) {
        return crds.knowsGroup(group(m.doc()));
    }

    private void validate(String where, JsonNode doc, List<String> problems) {
        String group = group(doc);
        String version = doc.path("apiVersion").asText().substring(group.length() + 1);
        String kind = doc.path("kind").asText();
        JsonNode schema = crds.schema(group, kind, version).orElse(null);
        if (schema == null) {
            problems.add(where + ": " + group + "/" + version + " " + kind + " is not served by the CRDs in "
                    + crds.dir() + " (served: " + crds.versions(group, kind) + ")");
            return;
        }
        Schema s = compiled.computeIfAbsent(schema, j -> registry.getSchema(j.toString(), InputFormat.JSON));
        for (Error e : s.validate(doc.toString(), InputFormat.JSON)) {
            problems.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage());
        }
    }

    private static String group(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }
}
