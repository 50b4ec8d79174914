package io.activityplatform.deploy.kubernetes.check;

import io.activityplatform.deploy.kubernetes.source.Dockerfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Each service's image follows the Quarkus JVM layout (the four parts of target/quarkus-app), exposes the
 * service's port, runs as the non-root uid the Deployment asserts, starts quarkus-run.jar, and names its
 * base image without a registry host (the builder's configured registry resolves it).
 */
public final class DockerfileCheck {

    static final List<String> QUARKUS_APP_PARTS = List.of(
            "target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
            "target/quarkus-app/quarkus/");

    private DockerfileCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Platform.Service service : platform.services().values()) {
            Dockerfile image = service.image();
            String where = "docker/" + service.name() + ".Dockerfile";
            List<String> copied = image.arguments("COPY").stream().map(a -> a.split("\\s+")[0]).toList();
            QUARKUS_APP_PARTS.stream().filter(part -> !copied.contains(part))
                    .forEach(part -> problems.add(where + ": does not COPY " + part));
            if (!image.arguments("EXPOSE").equals(List.of(String.valueOf(service.module().httpPort())))) {
                problems.add(where + ": EXPOSE " + image.arguments("EXPOSE") + " but quarkus.http.port is "
                        + service.module().httpPort());
            }
            checkUser(platform, service, image, where, problems);
            if (image.arguments("ENTRYPOINT").stream().noneMatch(e -> e.contains("quarkus-run.jar"))) {
                problems.add(where + ": ENTRYPOINT does not run quarkus-run.jar");
            }
            for (String from : image.arguments("FROM")) {
                String reference = image.resolve(from.split("\\s+")[0]);
                String first = reference.split("/")[0];
                if (reference.contains("/") && (first.contains(".") || first.contains(":") || first.equals("localhost"))) {
                    problems.add(where + ": FROM " + reference + " names a registry host");
                }
            }
        }
        return problems;
    }

    private static void checkUser(Platform platform, Platform.Service service, Dockerfile image, String where,
            List<String> problems) {
        List<String> users = image.arguments("USER");
        String user = users.isEmpty() ? "0" : users.get(users.size() - 1);
        if (!user.matches("\\d+") || user.equals("0")) {
            problems.add(where + ": USER " + user + " must be a numeric non-root uid (runAsNonRoot verifies it)");
            return;
        }
        platform.manifests().baseResource("Deployment", service.name()).ifPresent(d -> {
            String runAs = Nodes.podSpec(d.doc()).path("securityContext").path("runAsUser").asText();
            if (!runAs.equals(user)) {
                problems.add(where + ": USER " + user + " but " + d.where() + " runs as " + runAs);
            }
        });
    }
}
