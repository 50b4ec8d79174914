package io.activityplatform.deploy.kubernetes.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Where things are, seen from this module (Maven runs the tests with deploy/kubernetes as the working
 * directory): the manifests here, the services two levels up.
 */
public final class Repository {

    /** The three services, by module directory (= Deployment name = container name). */
    public static final List<String> SERVICES = List.of("activity-api", "message-system", "job-handler");

    private Repository() {
    }

    /** deploy/kubernetes. */
    public static Path kubernetesDir() {
        return Paths.get("").toAbsolutePath().normalize();
    }

    public static Path repositoryRoot() {
        Path root = kubernetesDir().resolve(Paths.get("..", "..")).normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("not run from deploy/kubernetes: " + kubernetesDir());
        }
        return root;
    }

    public static ServiceModule service(String name) {
        return ServiceModule.read(name, repositoryRoot().resolve(name));
    }

    public static List<ServiceModule> services() {
        return SERVICES.stream().map(Repository::service).toList();
    }

    /** service-core: its {@code @ConfigMapping}s are read by every service. */
    public static Path serviceCoreSources() {
        return repositoryRoot().resolve(Paths.get("service-core", "src", "main", "java"));
    }

    public static Path dockerfile(String service) {
        return kubernetesDir().resolve(Paths.get("docker", service + ".Dockerfile"));
    }
}
