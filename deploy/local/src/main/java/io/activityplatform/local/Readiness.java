package io.activityplatform.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service's {@code GET /q/health/ready}, read as the SmallRye Health JSON it is: UP only when the answer
 * is 200 and says UP; otherwise the checks that are DOWN, each with its name and data (the why), or why the
 * answer could not be had at all.
 */
record Readiness(String service, boolean up, List<String> problems) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static Readiness of(String service, String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return fromAnswer(service, response.statusCode(), response.body());
        } catch (IOException e) {
            return new Readiness(service, false, List.of("no answer from " + baseUrl + "/q/health/ready: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Readiness(service, false, List.of("interrupted"));
        }
    }

    /** Reads a health answer; public for tests. */
    static Readiness fromAnswer(String service, int status, String body) {
        Object parsed;
        try {
            parsed = Json.parse(body == null ? "" : body);
        } catch (RuntimeException e) {
            return new Readiness(service, false, List.of("HTTP " + status + ", not a health answer: "
                    + abbreviate(body)));
        }
        if (!(parsed instanceof Map<?, ?> health)) {
            return new Readiness(service, false, List.of("HTTP " + status + ", not a health answer: " + abbreviate(body)));
        }
        List<String> problems = new ArrayList<>();
        if (health.get("checks") instanceof List<?> checks) {
            for (Object c : checks) {
                if (c instanceof Map<?, ?> check && !"UP".equals(check.get("status"))) {
                    Object data = check.get("data");
                    problems.add("check '" + check.get("name") + "' is " + check.get("status")
                            + (data == null ? "" : ": " + data));
                }
            }
        }
        boolean up = status == 200 && "UP".equals(health.get("status"));
        if (!up && problems.isEmpty()) {
            problems.add("HTTP " + status + ", status " + health.get("status"));
        }
        return new Readiness(service, up, List.copyOf(problems));
    }

    String describe() {
        return up ? service + ": ready (every readiness check UP)"
                : service + ": NOT READY\n" + String.join("\n", problems.stream().map(p -> "    - " + p).toList());
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
