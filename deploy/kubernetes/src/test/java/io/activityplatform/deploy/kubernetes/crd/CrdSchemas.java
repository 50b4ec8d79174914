package io.activityplatform.deploy.kubernetes.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activityplatform.deploy.kubernetes.manifest.ManifestLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operators' published CRDs (Strimzi, CloudNativePG), read at test time from {@code shared/crds}
 * beside the repository, never copied into it. Each served version's {@code openAPIV3Schema}, made a
 * JSON Schema that judges like the API server with strict field validation (kubectl's default): an
 * object with declared properties rejects undeclared ones, unless it preserves unknown fields.
 */
public final class CrdSchemas {

    /** Where the CRDs live, relative to a directory on the way up from this module. */
    static final Path RELATIVE = Path.of("shared", "crds");

    /** group → kind → served version → JSON Schema. */
    private final Map<String, Map<String, Map<String, JsonNode>>> schemas;
    private final Path dir;

    private CrdSchemas(Path dir, Map<String, Map<String, Map<String, JsonNode>>> schemas) {
        this.dir = dir;
        this.schemas = schemas;
    }

    /** {@code shared/crds} in {@code start} or its nearest ancestor that has one. */
    public static Optional<Path> locate(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(RELATIVE);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static CrdSchemas read(Path dir) {
        Map<String, Map<String, Map<String, JsonNode>>> schemas = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode doc : ManifestLoader.documents(file)) {
                    if (!doc.path("kind").asText().equals("CustomResourceDefinition")) {
                        continue;
                    }
                    JsonNode spec = doc.path("spec");
                    Map<String, JsonNode> versions = schemas.computeIfAbsent(spec.path("group").asText(), g -> new HashMap<>())
                            .computeIfAbsent(spec.path("names").path("kind").asText(), k -> new HashMap<>());
                    for (JsonNode v : spec.path("versions")) {
                        if (v.path("served").asBoolean()) {
                            versions.put(v.path("name").asText(), strict(v.path("schema").path("openAPIV3Schema")));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CrdSchemas(dir, schemas);
    }

    public Path dir() {
        return dir;
    }

    /** Whether any CRD of this API group was read (a PodMonitor's group has none: not ours to judge). */
    public boolean knowsGroup(String group) {
        return schemas.containsKey(group);
    }

    public Optional<JsonNode> schema(String group, String kind, String version) {
        return Optional.ofNullable(schemas.getOrDefault(group, Map.of()).getOrDefault(kind, Map.of()).get(version));
    }

    /** Served versions of a kind, for messages. */
    public List<String> versions(String group, String kind) {
        return schemas.getOrDefault(group, Map.of()).getOrDefault(kind, Map.of()).keySet().stream().sorted().toList();
    }

    /**
     * The OpenAPI v3 structural schema as JSON Schema (draft 4): closed objects where the API server
     * would reject unknown fields, {@code x-kubernetes-int-or-string} as integer-or-string, and
     * {@code nullable} as a null alternative.
     */
    static JsonNode strict(JsonNode openApi) {
        JsonNode copy = openApi.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")
                    && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                o.put("additionalProperties", false);
            }
            if (o.path("x-kubernetes-int-or-string").asBoolean()) {
                o.remove("type");
                ArrayNode anyOf = JsonNodeFactory.instance.arrayNode();
                anyOf.addObject().put("type", "integer");
                anyOf.addObject().put("type", "string");
                o.set("anyOf", anyOf);
            }
            if (o.path("nullable").asBoolean() && o.path("type").isTextual()) {
                ArrayNode types = JsonNodeFactory.instance.arrayNode().add(o.path("type").asText()).add("null");
                o.set("type", types);
            }
            o.properties().forEach(e -> close(e.getValue()));
        } else if (node instanceof ArrayNode a) {
            a.forEach(CrdSchemas::close);
        }
    }
}
