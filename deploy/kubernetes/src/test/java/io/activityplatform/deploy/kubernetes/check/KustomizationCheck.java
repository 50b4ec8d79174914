package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Kustomization;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.deploy.kubernetes.manifest.ManifestLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kustomizations hold together without running kustomize: every file or directory they name exists,
 * every YAML file is used, an overlay's patches, replica counts and image overrides all aim at
 * something the base defines, and no overlay redefines a base resource.
 */
public final class KustomizationCheck {

    private KustomizationCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        Path root = platform.manifests().root();
        for (Manifest file : platform.manifests().kustomizations().toList()) {
            Kustomization k = Kustomization.parse(file.file().getParent(), file.doc());
            checkFiles(root, k, problems);
            if (!k.dir().toString().equals("base")) {
                checkTargets(platform, k, problems);
            }
        }
        platform.manifests().all().stream().filter(m -> m.role() == Manifest.Role.UNREFERENCED)
                .forEach(m -> problems.add(m.file() + ": no kustomization uses this file"));
        Set<String> base = new TreeSet<>();
        platform.manifests().baseResources().forEach(m -> base.add(m.kind() + "/" + m.name()));
        platform.manifests().overlayDocuments().filter(m -> m.role() == Manifest.Role.RESOURCE)
                .filter(m -> base.contains(m.kind() + "/" + m.name()))
                .forEach(m -> problems.add(m.where() + ": redefines a base resource; patch it instead"));
        return problems;
    }

    private static void checkFiles(Path root, Kustomization k, List<String> problems) {
        Path dir = root.resolve(k.dir());
        for (String resource : k.resources()) {
            Path p = dir.resolve(resource).normalize();
            boolean ok = Files.isRegularFile(p) || Files.isRegularFile(p.resolve("kustomization.yaml"));
            if (!ok) {
                problems.add(k.dir() + "/kustomization.yaml: resource " + resource + " does not exist");
            }
        }
        k.patches().forEach(p -> requireFile(dir, k, "patch", p.path(), problems));
        k.generatorFiles().forEach(f -> requireFile(dir, k, "generator file", f, problems));
    }

    private static void requireFile(Path dir, Kustomization k, String what, String file, List<String> problems) {
        if (!Files.isRegularFile(dir.resolve(file))) {
            problems.add(k.dir() + "/kustomization.yaml: " + what + " " + file + " does not exist");
        }
    }

    private static void checkTargets(Platform platform, Kustomization k, List<String> problems) {
        String where = k.dir() + "/kustomization.yaml";
        for (Kustomization.Patch patch : k.patches()) {
            if (!patch.target().isEmpty()) {
                if (platform.manifests().baseResources().noneMatch(m -> targetMatches(patch.target(), m))) {
                    problems.add(where + ": patch " + patch.path() + " targets " + patch.target()
                            + ", which matches nothing in base");
                }
                continue;
            }
            Path file = platform.manifests().root().resolve(k.dir()).resolve(patch.path()).normalize();
            for (JsonNode doc : currentDocuments(platform, file)) {
                String kind = doc.path("kind").asText();
                String name = doc.path("metadata").path("name").asText();
                if (platform.manifests().baseResource(kind, name).isEmpty()) {
                    problems.add(where + ": patch " + patch.path() + " patches " + kind + "/" + name
                            + ", which base does not define");
                }
            }
        }
        k.replicas().stream().filter(n -> platform.manifests().baseResource("Deployment", n).isEmpty())
                .forEach(n -> problems.add(where + ": replicas for Deployment " + n + ", which base does not define"));
        Set<String> images = new TreeSet<>();
        platform.manifests().baseResources("Deployment").forEach(d -> Nodes.containers(d.doc())
                .forEach(c -> images.add(c.path("image").asText().replaceFirst(":[^:/]+$", ""))));
        k.images().stream().filter(i -> !images.contains(i))
                .forEach(i -> problems.add(where + ": image override " + i + ", which no base container uses"));
    }

    /** The documents of a file as the (possibly edited) manifest set has them, else as on disk. */
    private static List<JsonNode> currentDocuments(Platform platform, Path file) {
        Path relative = platform.manifests().root().relativize(file);
        List<JsonNode> docs = platform.manifests().all().stream().filter(m -> m.file().equals(relative))
                .map(Manifest::doc).toList();
        return docs.isEmpty() && Files.isRegularFile(file) ? ManifestLoader.documents(file) : docs;
    }

    static boolean targetMatches(Map<String, String> target, Manifest m) {
        if (target.containsKey("kind") && !target.get("kind").equals(m.kind())) {
            return false;
        }
        if (target.containsKey("name") && !target.get("name").equals(m.name())) {
            return false;
        }
        String selector = target.get("labelSelector");
        if (selector != null) {
            Map<String, String> labels = Nodes.strings(m.doc().path("metadata").path("labels"));
            for (String term : selector.split(",")) {
                String[] kv = term.split("=", 2);
                if (kv.length != 2 || !kv[1].equals(labels.get(kv[0].strip()))) {
                    return false;
                }
            }
        }
        return true;
    }
}
