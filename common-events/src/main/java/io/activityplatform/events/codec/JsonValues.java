package io.activityplatform.events.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Equality of JSON values as JSON means it: numbers by value, not by notation or Java class. The views keep
 * free-form values (activity parameters) in PostgreSQL {@code jsonb}, which stores a number's value and
 * prints it in its own notation: {@code 1.5E10} written comes back as {@code 15000000000}, read by Jackson as
 * a {@code long} where the event held a {@code double}. Anything comparing what a view returns with what was
 * sent (idempotent creates, the fold-against-view checks) must compare this way.
 */
public final class JsonValues {

    private static final Comparator<JsonNode> LEAVES = (a, b) -> sameLeaf(a, b) ? 0 : 1;

    private JsonValues() {
    }

    /** True when both trees hold the same JSON value; object key order never matters. */
    public static boolean equivalent(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(LEAVES, b);
    }

    private static boolean sameLeaf(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            if (!isFinite(a) || !isFinite(b)) {
                return a.equals(b);
            }
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static boolean isFinite(JsonNode number) {
        return !number.isFloatingPointNumber() || number.isBigDecimal() || Double.isFinite(number.doubleValue());
    }
}
