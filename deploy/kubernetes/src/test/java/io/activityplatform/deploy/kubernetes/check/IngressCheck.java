package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ingress routes reach something real: each backend is a Service of the base with that port, each path
 * is a REST root the backing service's code declares (so a renamed resource cannot leave a dead route),
 * and nothing under /q or /admin (health, projection rebuild) is exposed. activity-api and message-system
 * are both routed.
 */
public final class IngressCheck {

    static final Set<String> MUST_BE_ROUTED = Set.of("activity-api", "message-system");
    static final List<String> INTERNAL = List.of("/q", "/admin");

    private IngressCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Manifest ingress : platform.manifests().baseResources("Ingress").toList()) {
            for (JsonNode rule : ingress.doc().path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    checkPath(platform, ingress, path, problems);
                }
            }
        }
        Set<String> routed = routedServices(platform);
        MUST_BE_ROUTED.stream().filter(s -> !routed.contains(s))
                .forEach(s -> problems.add("no Ingress routes to " + s));
        return problems;
    }

    /** Services some base Ingress routes to. */
    static Set<String> routedServices(Platform platform) {
        Set<String> out = new TreeSet<>();
        platform.manifests().baseResources("Ingress").forEach(i -> i.doc().path("spec").path("rules")
                .forEach(r -> r.path("http").path("paths")
                        .forEach(p -> out.add(p.path("backend").path("service").path("name").asText()))));
        return out;
    }

    private static void checkPath(Platform platform, Manifest ingress, JsonNode path, List<String> problems) {
        String route = path.path("path").asText();
        JsonNode backend = path.path("backend").path("service");
        String serviceName = backend.path("name").asText();
        String where = ingress.where() + " path " + route;
        if (INTERNAL.stream().anyMatch(p -> route.equals("/") || route.equals(p) || route.startsWith(p + "/"))) {
            problems.add(where + ": exposes internal endpoints (" + INTERNAL + ")");
        }
        Optional<Manifest> svc = platform.manifests().baseResource("Service", serviceName);
        if (svc.isEmpty()) {
            problems.add(where + ": backend Service " + serviceName + " does not exist in base");
            return;
        }
        JsonNode port = backend.path("port");
        boolean portExists = false;
        for (JsonNode p : svc.get().doc().path("spec").path("ports")) {
            portExists |= port.has("name") ? p.path("name").asText().equals(port.path("name").asText())
                    : p.path("port").asInt() == port.path("number").asInt();
        }
        if (!portExists) {
            problems.add(where + ": Service " + serviceName + " has no port " + port);
        }
        Platform.Service service = platform.services().get(serviceName);
        if (service == null) {
            problems.add(where + ": " + serviceName + " is not one of the platform's services");
        } else if (service.restRoots().stream().noneMatch(root -> covers(route, root))) {
            problems.add(where + ": " + serviceName + " declares no REST resource under it (its roots: "
                    + service.restRoots() + ")");
        }
    }

    /** A Prefix route and a resource root meet: one is the other or lies under it. */
    private static boolean covers(String route, String root) {
        return route.equals(root) || root.startsWith(route + "/") || route.startsWith(root + "/");
    }
}
