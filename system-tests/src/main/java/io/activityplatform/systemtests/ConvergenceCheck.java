package io.activityplatform.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares every activity across the services' views, through their {@code /admin/view/activities}
 * endpoints: status, status version, result and error must be identical once the projections have caught
 * up. Reports each difference by activity id. Usable from tests and from the command line:
 * <pre>java -cp system-tests.jar:... io.activityplatform.systemtests.ConvergenceCheck
 *     activity-api=http://localhost:8081 message-system=http://localhost:8082 job-handler=http://localhost:8083</pre>
 */
public final class ConvergenceCheck {

    /** The fields the services must agree on (design brief: status, status version, result). */
    static final List<String> COMPARED = List.of("status", "statusVersion", "result", "error", "archived");
    private static final int PAGE = 1000;

    private final List<ServiceEndpoint> services;

    public ConvergenceCheck(List<ServiceEndpoint> services) {
        if (services.size() < 2) {
            throw new IllegalArgumentException("convergence needs at least two services");
        }
        this.services = List.copyOf(services);
    }

    /** One field of one activity on which the services disagree; a missing activity has field "presence". */
    public record Difference(String activityId, String field, Map<String, String> valueByService) {
        @Override
        public String toString() {
            return activityId + " " + field + " " + valueByService;
        }
    }

    public record Report(int activities, List<Difference> differences) {
        public boolean converged() {
            return differences.isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(activities + " activities compared, " + differences.size()
                    + " differences");
            differences.stream().limit(50).forEach(d -> text.append("\n  ").append(d));
            return text.toString();
        }
    }

    /** Compares the views as they are now. */
    public Report check() {
        Map<String, Map<String, JsonNode>> byActivity = new TreeMap<>();
        for (ServiceEndpoint service : services) {
            for (JsonNode state : readAll(service)) {
                byActivity.computeIfAbsent(state.path("id").asText(), k -> new LinkedHashMap<>())
                        .put(service.name(), state);
            }
        }
        List<Difference> differences = new ArrayList<>();
        byActivity.forEach((id, states) -> compare(id, states, differences));
        return new Report(byActivity.size(), differences);
    }

    /** Checks until the views agree or {@code within} passes; returns the last report. */
    public Report awaitConvergence(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        Report report = check();
        while (!report.converged() && System.nanoTime() < deadline) {
            pause();
            report = check();
        }
        return report;
    }

    private void compare(String id, Map<String, JsonNode> states, List<Difference> differences) {
        if (states.size() < services.size()) {
            Map<String, String> presence = new LinkedHashMap<>();
            services.forEach(s -> presence.put(s.name(), states.containsKey(s.name()) ? "present" : "missing"));
            differences.add(new Difference(id, "presence", presence));
            return;
        }
        for (String field : COMPARED) {
            Map<String, String> values = new LinkedHashMap<>();
            states.forEach((service, state) -> values.put(service, text(state.get(field))));
            if (values.values().stream().distinct().count() > 1) {
                differences.add(new Difference(id, field, values));
            }
        }
    }

    /** Every folded state in the service's view, following {@code nextCursor} page by page. */
    static List<JsonNode> readAll(ServiceEndpoint service) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        while (true) {
            String query = "/admin/view/activities?limit=" + PAGE
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Http.Response response = Http.get(service.resolve(query));
            if (response.status() != 200 || response.body() == null || !response.body().path("items").isArray()) {
                throw new IllegalStateException(service.name() + " answered " + response.status() + " to " + query);
            }
            response.body().path("items").forEach(all::add);
            JsonNode next = response.body().path("nextCursor");
            if (next.isMissingNode() || next.isNull()) {
                return all;
            }
            cursor = next.asText();
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : Objects.toString(value);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        List<ServiceEndpoint> endpoints = new ArrayList<>();
        for (String arg : args) {
            String[] nameUrl = arg.split("=", 2);
            if (nameUrl.length != 2) {
                System.err.println("usage: TOKEN=<admin token> ConvergenceCheck name=url name=url [...]");
                System.exit(2);
            }
            endpoints.add(ServiceEndpoint.of(nameUrl[0], nameUrl[1]));
        }
        Http.authorize(System.getenv("TOKEN")); // the admin views need an admin token
        Report report;
        try {
            report = new ConvergenceCheck(endpoints).check();
        } catch (java.io.UncheckedIOException e) {
            System.err.println("cannot compare the views: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            System.exit(2);
            return;
        }
        System.out.println(report);
        System.exit(report.converged() ? 0 : 1);
    }
}
