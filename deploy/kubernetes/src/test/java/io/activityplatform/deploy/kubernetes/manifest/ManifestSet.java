package io.activityplatform.deploy.kubernetes.manifest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Every YAML document under deploy/kubernetes, with the directory they were read from. */
public record ManifestSet(Path root, List<Manifest> all) {

    public ManifestSet {
        all = List.copyOf(all);
    }

    /** Complete objects of the base: what every overlay starts from. */
    public Stream<Manifest> baseResources() {
        return all.stream().filter(m -> m.isBase() && m.role() == Manifest.Role.RESOURCE);
    }

    public Stream<Manifest> baseResources(String kind) {
        return baseResources().filter(m -> m.kind().equals(kind));
    }

    public Optional<Manifest> baseResource(String kind, String name) {
        return baseResources(kind).filter(m -> m.name().equals(name)).findFirst();
    }

    /** Resources and patches of the overlays. */
    public Stream<Manifest> overlayDocuments() {
        return all.stream().filter(m -> !m.isBase() && m.role() != Manifest.Role.KUSTOMIZATION);
    }

    public Stream<Manifest> kustomizations() {
        return all.stream().filter(m -> m.role() == Manifest.Role.KUSTOMIZATION);
    }

    /**
     * A copy in which the first document of {@code kind}/{@code name} in {@code layer} is edited by
     * {@code edit} (on a deep copy). Tests use it to plant one mistake in the real manifests.
     */
    public ManifestSet editing(String layer, String kind, String name, Consumer<ObjectNode> edit) {
        List<Manifest> copy = new ArrayList<>(all);
        for (int i = 0; i < copy.size(); i++) {
            Manifest m = copy.get(i);
            if (m.layer().equals(layer) && m.kind().equals(kind) && m.name().equals(name)) {
                ObjectNode changed = (ObjectNode) m.doc().deepCopy();
                edit.accept(changed);
                copy.set(i, m.withDoc(changed));
                return new ManifestSet(root, copy);
            }
        }
        throw new IllegalArgumentException("no " + kind + "/" + name + " in " + layer);
    }

    /** A copy without the documents of {@code kind}/{@code name} in the base. */
    public ManifestSet withoutBase(String kind, String name) {
        return new ManifestSet(root, all.stream()
                .filter(m -> !(m.isBase() && m.kind().equals(kind) && m.name().equals(name)))
                .toList());
    }

    /** A copy with one more document. */
    public ManifestSet with(Manifest extra) {
        List<Manifest> copy = new ArrayList<>(all);
        copy.add(extra);
        return new ManifestSet(root, copy);
    }

}
