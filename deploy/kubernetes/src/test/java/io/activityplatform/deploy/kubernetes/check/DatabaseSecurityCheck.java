package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The databases are reached over TLS, verified (issue 12): both of a service's connections (reactive and
 * JDBC) use verify-full against its CloudNativePG cluster's CA (key ca.crt of the Secret
 * {@code <cluster>-ca}, mounted into the pod); the cluster refuses plain connections; and a NetworkPolicy
 * on the database pods admits only the owning service, the cluster's own instances, the operator and
 * Prometheus.
 */
public final class DatabaseSecurityCheck {

    static final Set<String> ALLOWED_NAMESPACES = Set.of("cnpg-system", NetworkPolicyCheck.MONITORING_NAMESPACE);

    private DatabaseSecurityCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        for (Platform.Service service : platform.services().values()) {
            String cluster = service.name() + "-db";
            Manifest deployment = platform.manifests().baseResource("Deployment", service.name()).orElseThrow();
            checkReactive(platform, service.name(), deployment, cluster, problems);
            checkJdbc(platform, service.name(), deployment, cluster, problems);
            platform.manifests().baseResource("Cluster", cluster).ifPresent(c -> {
                if (!c.doc().path("spec").path("postgresql").path("pg_hba").toString().matches(".*\"hostnossl\\s+all\\s+all\\s+\\S+\\s+reject\".*")) {
                    problems.add(c.where() + ": accepts connections without TLS (no 'hostnossl all all all reject' in pg_hba)");
                }
            });
            checkPolicy(platform, service.name(), cluster, problems);
        }
        return problems;
    }

    private static void checkReactive(Platform platform, String service, Manifest deployment, String cluster,
            List<String> problems) {
        expect(platform, service, "QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE", "verify-full", problems);
        expect(platform, service, "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "HTTPS", problems);
        expect(platform, service, "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM", "true", problems);
        String certs = Mounts.env(platform, service, "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS").orElse("unset");
        requireCa(deployment, "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS", certs, cluster, problems);
    }

    private static void checkJdbc(Platform platform, String service, Manifest deployment, String cluster,
            List<String> problems) {
        String url = Mounts.env(platform, service, "QUARKUS_DATASOURCE_JDBC_URL").orElse("");
        Map<String, String> query = query(url);
        if (!"verify-full".equals(query.get("sslmode"))) {
            problems.add(service + ": QUARKUS_DATASOURCE_JDBC_URL has sslmode=" + query.get("sslmode") + ", expected verify-full");
        }
        requireCa(deployment, "QUARKUS_DATASOURCE_JDBC_URL sslrootcert", query.getOrDefault("sslrootcert", "unset"), cluster,
                problems);
    }

    private static void requireCa(Manifest deployment, String what, String file, String cluster, List<String> problems) {
        Optional<Mounts.Source> source = Mounts.fileSource(deployment.doc(), file);
        String ca = cluster + "-ca";
        if (source.isEmpty() || !source.get().name().equals(ca) || !source.get().key().equals("ca.crt")) {
            problems.add(deployment.where() + ": " + what + " (" + file + ") must be the file of key ca.crt of Secret "
                    + ca + " (is " + source.orElse(null) + ")");
        }
    }

    private static void checkPolicy(Platform platform, String service, String cluster, List<String> problems) {
        List<Manifest> policies = platform.manifests().baseResources("NetworkPolicy")
                .filter(p -> Nodes.selects(p.doc().path("spec").path("podSelector"), Map.of("cnpg.io/cluster", cluster)))
                .toList();
        if (policies.isEmpty()) {
            problems.add("no NetworkPolicy selects the pods of " + cluster + " (any pod could reach 5432)");
            return;
        }
        for (Manifest policy : policies) {
            if (!policy.doc().path("spec").path("policyTypes").toString().contains("Ingress")) {
                problems.add(policy.where() + ": policyTypes lacks Ingress");
            }
            for (JsonNode rule : policy.doc().path("spec").path("ingress")) {
                if (!rule.has("from") || rule.path("from").isEmpty()) {
                    problems.add(policy.where() + ": an ingress rule without 'from' admits every pod");
                }
                for (JsonNode peer : rule.path("from")) {
                    checkPeer(policy, peer, service, cluster, problems);
                }
            }
        }
    }

    private static void checkPeer(Manifest policy, JsonNode peer, String service, String cluster, List<String> problems) {
        Map<String, String> pods = Nodes.strings(peer.path("podSelector").path("matchLabels"));
        String namespace = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText(null);
        boolean ok;
        if (peer.has("ipBlock")) {
            ok = false;
        } else if (peer.has("namespaceSelector")) {
            ok = namespace != null && ALLOWED_NAMESPACES.contains(namespace) && !pods.isEmpty();
        } else {
            ok = service.equals(pods.get("app.kubernetes.io/name")) || cluster.equals(pods.get("cnpg.io/cluster"));
        }
        if (!ok) {
            problems.add(policy.where() + ": admits " + peer + ", which is neither " + service + ", " + cluster
                    + "'s own instances, nor the operator or Prometheus");
        }
    }

    static Map<String, String> query(String jdbcUrl) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = URI.create(jdbcUrl.replaceFirst("^jdbc:", "")).getQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(kv[0], kv.length == 2 ? kv[1] : "");
            }
        }
        return out;
    }

    private static void expect(Platform platform, String service, String variable, String wanted, List<String> problems) {
        String value = Mounts.env(platform, service, variable).orElse("unset");
        if (!value.equals(wanted)) {
            problems.add(service + ": " + variable + " is " + value + ", expected " + wanted);
        }
    }
}
