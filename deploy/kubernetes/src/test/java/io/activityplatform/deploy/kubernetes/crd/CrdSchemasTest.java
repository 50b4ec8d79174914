package io.activityplatform.deploy.kubernetes.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and reading the CRDs, independent of whether shared/crds exists on this machine. */
class CrdSchemasTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void findsSharedCrdsInTheNearestParent(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("shared/crds"));
        Path module = Files.createDirectories(root.resolve("clone/deploy/kubernetes"));

        assertThat(CrdSchemas.locate(module)).contains(root.resolve("shared/crds"));
    }

    @Test
    void findsNothingWhereNoParentHasThem(@TempDir Path root) throws Exception {
        Path module = Files.createDirectories(root.resolve("clone/deploy/kubernetes"));

        org.junit.jupiter.api.Assumptions.assumeTrue(CrdSchemas.locate(root).isEmpty(),
                "an ancestor of the temporary directory has shared/crds");

        assertThat(CrdSchemas.locate(module)).isEmpty();
    }

    @Test
    void readsServedVersionsOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("crd.yaml"), """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                spec:
                  group: example.io
                  names: {kind: Widget}
                  versions:
                    - name: v1
                      served: true
                      schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object}}}}
                    - name: v1beta1
                      served: false
                      schema: {openAPIV3Schema: {type: object}}
                """);

        CrdSchemas crds = CrdSchemas.read(dir);

        assertThat(crds.knowsGroup("example.io")).isTrue();
        assertThat(crds.versions("example.io", "Widget")).containsExactly("v1");
        assertThat(crds.schema("example.io", "Widget", "v1beta1")).isEmpty();
    }

    @Test
    void closesObjectsAsStrictFieldValidationDoes() throws Exception {
        JsonNode strict = CrdSchemas.strict(YAML.readTree("""
                type: object
                properties:
                  spec:
                    type: object
                    properties:
                      port: {x-kubernetes-int-or-string: true}
                      config: {type: object, x-kubernetes-preserve-unknown-fields: true, properties: {a: {type: string}}}
                      note: {type: string, nullable: true}
                """));

        assertThat(strict.at("/additionalProperties").asBoolean(true)).isFalse();
        assertThat(strict.at("/properties/spec/additionalProperties").asBoolean(true)).isFalse();
        assertThat(strict.at("/properties/spec/properties/config/additionalProperties").isMissingNode()).isTrue();
        assertThat(strict.at("/properties/spec/properties/port/anyOf").toString())
                .isEqualTo("[{\"type\":\"integer\"},{\"type\":\"string\"}]");
        assertThat(strict.at("/properties/spec/properties/note/type").toString()).isEqualTo("[\"string\",\"null\"]");
    }
}
