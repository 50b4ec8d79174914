package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.deploy.kubernetes.source.ServiceModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * Each service has its own CloudNativePG cluster {@code <service>-db} whose database is the one the
 * service's application.properties names, its URLs point at that cluster's read-write Service and that
 * database, and its credentials come from that cluster's generated app Secret.
 */
public final class DatabaseCheck {

    /** Variable to the key of CloudNativePG's app Secret it must come from. */
    static final Map<String, String> CREDENTIALS = Map.of(
            "QUARKUS_DATASOURCE_USERNAME", "username",
            "QUARKUS_DATASOURCE_PASSWORD", "password");

    private DatabaseCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Platform.Service service : platform.services().values()) {
            String cluster = service.name() + "-db";
            String database = service.module().databaseName();
            Optional<Manifest> pg = platform.manifests().baseResource("Cluster", cluster);
            if (pg.isEmpty()) {
                problems.add("no CloudNativePG Cluster " + cluster + " in base for " + service.name());
            } else {
                String initdb = pg.get().doc().path("spec").path("bootstrap").path("initdb").path("database").asText();
                if (!initdb.equals(database)) {
                    problems.add(pg.get().where() + ": creates database '" + initdb + "' but " + service.name()
                            + " uses '" + database + "'");
                }
            }
            checkUrls(platform, service, cluster + "-rw", database, problems);
            checkCredentials(platform, service, cluster + "-app", problems);
        }
        return problems;
    }

    private static void checkUrls(Platform platform, Platform.Service service, String host, String database,
            List<String> problems) {
        boolean found = false;
        for (String name : EnvCheck.configMapsOf(platform, service.name())) {
            Optional<Manifest> cm = platform.manifests().baseResource("ConfigMap", name);
            if (cm.isEmpty()) {
                problems.add("Deployment " + service.name() + " reads ConfigMap " + name + ", which base lacks");
                continue;
            }
            for (String key : List.of("QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL")) {
                JsonNode url = cm.get().doc().path("data").path(key);
                if (url.isMissingNode()) {
                    continue;
                }
                found = true;
                String text = url.asText();
                if (key.contains("JDBC") != text.startsWith("jdbc:postgresql://")) {
                    problems.add(cm.get().where() + ": " + key + "=" + text + " has the wrong scheme");
                } else if (!host.equals(ServiceModule.hostOf(text)) || !database.equals(ServiceModule.databaseOf(text))) {
                    problems.add(cm.get().where() + ": " + key + "=" + text + ", expected host " + host
                            + " and database " + database);
                }
            }
        }
        if (!found) {
            problems.add(service.name() + ": no QUARKUS_DATASOURCE_*_URL in its ConfigMaps");
        }
    }

    private static void checkCredentials(Platform platform, Platform.Service service, String secret,
            List<String> problems) {
        platform.manifests().baseResource("Deployment", service.name()).ifPresent(d ->
                CREDENTIALS.forEach((variable, key) -> {
                    JsonNode ref = Nodes.containers(d.doc()).stream()
                            .flatMap(c -> StreamSupport.stream(c.path("env").spliterator(), false))
                            .filter(e -> e.path("name").asText().equals(variable))
                            .map(e -> e.path("valueFrom").path("secretKeyRef"))
                            .findFirst().orElse(null);
                    if (ref == null || !ref.path("name").asText().equals(secret) || !ref.path("key").asText().equals(key)) {
                        problems.add(d.where() + ": " + variable + " must come from Secret " + secret + " key " + key
                                + (ref == null ? " (not set)" : " (is " + ref + ")"));
                    }
                }));
    }
}
