package io.activityplatform.deploy.kubernetes.manifest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every YAML document under {@code base/} and {@code overlays/}, and gives each the role its
 * kustomization assigns (resource, patch), so the checks know which documents are complete objects.
 */
public final class ManifestLoader {

    private static final YAMLMapper YAML = new YAMLMapper();

    private ManifestLoader() {
    }

    public static ManifestSet load(Path root) {
        List<Path> files = yamlFiles(root);
        Map<Path, Manifest.Role> roles = new HashMap<>();
        for (Path file : files) {
            if (isKustomization(file)) {
                roles.put(file, Manifest.Role.KUSTOMIZATION);
                Kustomization k = kustomization(root, file);
                Path dir = file.getParent();
                k.resources().forEach(r -> roles.putIfAbsent(dir.resolve(r).normalize(), Manifest.Role.RESOURCE));
                k.patches().forEach(p -> roles.putIfAbsent(dir.resolve(p.path()).normalize(), Manifest.Role.PATCH));
            }
        }
        List<Manifest> all = new ArrayList<>();
        for (Path file : files) {
            Manifest.Role role = roles.getOrDefault(file, Manifest.Role.UNREFERENCED);
            List<JsonNode> docs = documents(file);
            for (int i = 0; i < docs.size(); i++) {
                all.add(new Manifest(root.relativize(file), i, role, docs.get(i)));
            }
        }
        return new ManifestSet(root, all);
    }

    /** The kustomization.yaml at {@code file}, its directory relative to {@code root}. */
    public static Kustomization kustomization(Path root, Path file) {
        return Kustomization.parse(root.relativize(file.getParent()), documents(file).get(0));
    }

    public static boolean isKustomization(Path file) {
        return file.getFileName().toString().equals("kustomization.yaml");
    }

    /**
     * Every non-empty document of a (multi-document) YAML file. Read value by value from the parser, not
     * with readValues, which would unwrap a top-level list (a JSON 6902 patch) into its operations.
     */
    public static List<JsonNode> documents(Path file) {
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            while (parser.nextToken() != null) {
                JsonNode doc = YAML.readTree(parser);
                if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private static List<Path> yamlFiles(Path root) {
        List<Path> out = new ArrayList<>();
        for (String top : List.of("base", "overlays")) {
            try (Stream<Path> walk = Files.walk(root.resolve(top))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .map(Path::normalize)
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
