package io.activityplatform.deploy.kubernetes.check;

import io.activityplatform.deploy.kubernetes.manifest.ManifestLoader;
import io.activityplatform.deploy.kubernetes.manifest.ManifestSet;
import io.activityplatform.deploy.kubernetes.source.ConfigMappingScanner;
import io.activityplatform.deploy.kubernetes.source.Dockerfile;
import io.activityplatform.deploy.kubernetes.source.JaxRsRoots;
import io.activityplatform.deploy.kubernetes.source.KnownSettings;
import io.activityplatform.deploy.kubernetes.source.Repository;
import io.activityplatform.deploy.kubernetes.source.ServiceModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the checks compare: the manifests on one side, the facts read from the code on the other.
 *
 * @param manifests every YAML document under deploy/kubernetes
 * @param services  by service name
 */
public record Platform(ManifestSet manifests, Map<String, Service> services) {

    /**
     * One service as its code describes it.
     *
     * @param module   application.properties and sources
     * @param settings every setting it can be given
     * @param image    its Dockerfile
     * @param restRoots the class-level JAX-RS paths it serves
     */
    public record Service(ServiceModule module, KnownSettings settings, Dockerfile image, Set<String> restRoots) {
        public String name() {
            return module.name();
        }
    }

    /** Reads everything from the repository. */
    public static Platform load() {
        Set<String> core = ConfigMappingScanner.scan(Repository.serviceCoreSources());
        Map<String, Service> services = new LinkedHashMap<>();
        for (ServiceModule module : Repository.services()) {
            Dockerfile image = Dockerfile.read(Repository.dockerfile(module.name()));
            services.put(module.name(), new Service(module, KnownSettings.of(module, core, image), image,
                    JaxRsRoots.of(module.sources())));
        }
        return new Platform(ManifestLoader.load(Repository.kubernetesDir()), Map.copyOf(services));
    }

    /** The same code facts with other manifests: how tests plant a mistake. */
    public Platform with(ManifestSet changed) {
        return new Platform(changed, services);
    }

    /** The same manifests with another Dockerfile for one service. */
    public Platform withImage(String service, Dockerfile image) {
        Map<String, Service> copy = new LinkedHashMap<>(services);
        Service s = services.get(service);
        copy.put(service, new Service(s.module(), s.settings(), image, s.restRoots()));
        return new Platform(manifests, Map.copyOf(copy));
    }

    public Service service(String name) {
        Service s = services.get(name);
        if (s == null) {
            throw new IllegalArgumentException("unknown service " + name);
        }
        return s;
    }
}
