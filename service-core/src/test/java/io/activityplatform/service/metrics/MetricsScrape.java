package io.activityplatform.service.metrics;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scrape of {@code /q/metrics} as Prometheus reads it: series (name with its labels, as printed) to
 * value. Used by every service's test that checks its figures move under load.
 */
public record MetricsScrape(Map<String, Double> series) {

    public static MetricsScrape scrape() {
        return parse(given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString());
    }

    public static MetricsScrape parse(String text) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String value = line.substring(space + 1);
            series.put(line.substring(0, space).trim(), value.equals("NaN") ? Double.NaN : Double.parseDouble(value));
        }
        return new MetricsScrape(series);
    }

    /** The sum over every series of {@code name} whose labels include all of {@code labels} ("k=v" pairs). */
    public double sum(String name, String... labels) {
        return series.entrySet().stream().filter(e -> matches(e.getKey(), name, labels))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** Whether some series of {@code name} has all of {@code labels}. */
    public boolean has(String name, String... labels) {
        return series.keySet().stream().anyMatch(k -> matches(k, name, labels));
    }

    private static boolean matches(String series, String name, String... labels) {
        int brace = series.indexOf('{');
        String seriesName = brace < 0 ? series : series.substring(0, brace);
        if (!seriesName.equals(name)) {
            return false;
        }
        for (String label : labels) {
            String[] kv = label.split("=", 2);
            if (!series.contains(kv[0] + "=\"" + kv[1] + "\"")) {
                return false;
            }
        }
        return true;
    }
}
