package io.activityplatform.deploy.kubernetes.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a kustomization.yaml that refer to something: files, directories, and resources by name.
 *
 * @param dir       the kustomization's directory, relative to deploy/kubernetes
 * @param resources entries of {@code resources} (files or directories), relative to {@code dir}
 * @param patches   entries of {@code patches}
 * @param generators entries of {@code configMapGenerator} and {@code secretGenerator}
 * @param replicas  Deployment names of the {@code replicas} transformer
 * @param images    image names of the {@code images} transformer
 */
public record Kustomization(Path dir, List<String> resources, List<Patch> patches, List<Generator> generators,
        List<String> replicas, List<String> images) {

    /**
     * A generated ConfigMap or Secret.
     *
     * @param kind  ConfigMap or Secret
     * @param name  its name before kustomize appends the content hash
     * @param files data key to file (relative to the kustomization), from {@code files} and {@code envs}
     */
    public record Generator(String kind, String name, Map<String, String> files) {
    }

    /** Every file the generators read. */
    public List<String> generatorFiles() {
        return generators.stream().flatMap(g -> g.files().values().stream()).toList();
    }

    /**
     * One entry of {@code patches}.
     *
     * @param path   the patch file, relative to the kustomization
     * @param target the {@code target} selector (kind, name, labelSelector...), empty when the patch names
     *               its target itself (strategic merge)
     */
    public record Patch(String path, Map<String, String> target) {
        public Optional<String> targetField(String field) {
            return Optional.ofNullable(target.get(field));
        }
    }

    public static Kustomization parse(Path dir, JsonNode doc) {
        List<Patch> patches = new ArrayList<>();
        for (JsonNode p : doc.path("patches")) {
            Map<String, String> target = new LinkedHashMap<>();
            p.path("target").fields().forEachRemaining(e -> target.put(e.getKey(), e.getValue().asText()));
            patches.add(new Patch(p.path("path").asText(), target));
        }
        List<Generator> generators = new ArrayList<>();
        for (String kind : List.of("ConfigMap", "Secret")) {
            String field = kind.equals("ConfigMap") ? "configMapGenerator" : "secretGenerator";
            for (JsonNode g : doc.path(field)) {
                Map<String, String> files = new LinkedHashMap<>();
                g.path("files").forEach(f -> {
                    // "application.properties=local.properties": data key, then file; else the file's name.
                    String[] kv = f.asText().split("=", 2);
                    files.put(kv[0], kv.length == 2 ? kv[1] : kv[0]);
                });
                g.path("envs").forEach(f -> files.put("(envs) " + f.asText(), f.asText()));
                generators.add(new Generator(kind, g.path("name").asText(), files));
            }
        }
        return new Kustomization(dir, texts(doc.path("resources")), patches, generators,
                texts(doc.path("replicas"), "name"), texts(doc.path("images"), "name"));
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
