package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Grafana dashboard (issue 14) ships as a ConfigMap that Grafana's sidecar picks up (label
 * {@code grafana_dashboard}), is valid JSON with panels that query something, and queries only metrics
 * the README's "Metrics" table names: that table is the contract the services' instrumentation follows.
 */
public final class DashboardCheck {

    static final String LABEL = "grafana_dashboard";
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");
    private static final Pattern ROW = Pattern.compile("(?m)^\\|\\s*`([a-z_:][a-z0-9_:]*)`");
    private static final Set<String> SERIES_SUFFIXES = Set.of("_bucket", "_count", "_sum");

    private DashboardCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        Manifest base = platform.manifests().kustomizations().filter(Manifest::isBase).findFirst().orElseThrow();
        List<Path> dashboards = new ArrayList<>();
        for (JsonNode g : base.doc().path("configMapGenerator")) {
            if (g.path("options").path("labels").has(LABEL)) {
                g.path("files").forEach(f -> dashboards.add(platform.manifests().root().resolve("base")
                        .resolve(f.asText().replaceFirst("^[^=]*=", ""))));
            }
        }
        if (dashboards.isEmpty()) {
            problems.add("base/kustomization.yaml: no configMapGenerator labelled " + LABEL + " (the Grafana dashboard)");
        }
        Set<String> documented = documented(read(platform.manifests().root().resolve("README.md")));
        for (Path file : dashboards) {
            try {
                problems.addAll(checkDashboard(file.getFileName().toString(), new ObjectMapper().readTree(read(file)), documented));
            } catch (IOException e) {
                problems.add(file + ": not valid JSON: " + e.getMessage());
            }
        }
        return problems;
    }

    static List<String> checkDashboard(String name, JsonNode dashboard, Set<String> documented) {
        List<String> problems = new ArrayList<>();
        if (dashboard.path("panels").isEmpty()) {
            problems.add(name + ": no panels");
        }
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            if (panel.path("targets").isEmpty()) {
                problems.add(name + ": panel '" + title + "' queries nothing");
            }
            for (JsonNode target : panel.path("targets")) {
                for (String metric : metrics(target.path("expr").asText())) {
                    if (!documented.contains(metric) && !documented.contains(base(metric))) {
                        problems.add(name + ": panel '" + title + "' uses " + metric
                                + ", which the README's Metrics table does not name");
                    }
                }
            }
        }
        return problems;
    }

    static Set<String> metrics(String expr) {
        Set<String> out = new TreeSet<>();
        Matcher m = SELECTOR.matcher(expr);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The backticked names starting the rows of the README's "## Metrics" section. */
    static Set<String> documented(String readme) {
        int start = readme.indexOf("\n## Metrics");
        if (start < 0) {
            return Set.of();
        }
        int end = readme.indexOf("\n## ", start + 1);
        Matcher m = ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String base(String metric) {
        for (String suffix : SERIES_SUFFIXES) {
            if (metric.endsWith(suffix)) {
                return metric.substring(0, metric.length() - suffix.length());
            }
        }
        return metric;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
