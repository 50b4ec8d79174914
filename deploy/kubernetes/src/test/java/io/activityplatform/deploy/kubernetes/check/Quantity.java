package io.activityplatform.deploy.kubernetes.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes resource quantities ({@code 500m}, {@code 2}, {@code 768Mi}, {@code 1G}) as numbers, to compare. */
final class Quantity {

    private static final Pattern FORM = Pattern.compile("([0-9.]+)([a-zA-Z]*)");
    private static final Map<String, BigDecimal> SUFFIX = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("m", new BigDecimal("0.001")),
            Map.entry("k", BigDecimal.valueOf(1_000L)),
            Map.entry("M", BigDecimal.valueOf(1_000_000L)),
            Map.entry("G", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("T", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
            Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
            Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
            Map.entry("Ti", BigDecimal.valueOf(1L << 40)));

    private Quantity() {
    }

    static BigDecimal parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || !SUFFIX.containsKey(m.group(2))) {
            throw new IllegalArgumentException("not a quantity: " + text);
        }
        return new BigDecimal(m.group(1)).multiply(SUFFIX.get(m.group(2)));
    }

    static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
