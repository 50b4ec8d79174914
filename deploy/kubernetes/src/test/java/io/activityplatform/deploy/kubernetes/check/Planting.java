package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Plants one mistake in a copy of the real manifests, so each test proves a check can fail. */
final class Planting {

    private static final YAMLMapper YAML = new YAMLMapper();

    private Planting() {
    }

    static Platform edit(String kind, String name, Consumer<ObjectNode> edit) {
        return edit("base", kind, name, edit);
    }

    static Platform edit(String layer, String kind, String name, Consumer<ObjectNode> edit) {
        Platform real = PlatformFixture.platform();
        return real.with(real.manifests().editing(layer, kind, name, edit));
    }

    static Platform withoutBase(String kind, String name) {
        Platform real = PlatformFixture.platform();
        return real.with(real.manifests().withoutBase(kind, name));
    }

    /** The real platform plus one document, as if {@code file} held it with {@code role}. */
    static Platform adding(String file, Manifest.Role role, String yaml) {
        Platform real = PlatformFixture.platform();
        return real.with(real.manifests().with(new Manifest(Path.of(file), 0, role, yaml(yaml))));
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(JsonNode doc, String pointer) {
        return (ObjectNode) doc.at(pointer);
    }

    static ArrayNode array(JsonNode doc, String pointer) {
        return (ArrayNode) doc.at(pointer);
    }

    /** The first container of a Deployment. */
    static ObjectNode container(JsonNode deployment) {
        return object(deployment, "/spec/template/spec/containers/0");
    }
}
