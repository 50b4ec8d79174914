package io.activityplatform.events.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The value rules of the contract ({@code docs/events.md}, "Legal values") that no Java type expresses:
 * legal text everywhere (keys included), bounded lengths, instants as ISO-8601 strings within years
 * 0001–9999, parameter numbers that every JSON library and PostgreSQL read alike, bounded nesting. Checked
 * on the JSON tree before mapping, so the verdict does not depend on Jackson's leniency.
 */
public final class LegalValues {

    /** A record value's size bound: under Kafka's default message limit, with room for headers. */
    public static final int MAX_RECORD_BYTES = 1_000_000;
    /** Identifiers and names (computer ids, types, codes, actor ids, media types, tags): index-friendly. */
    public static final int MAX_NAME_CHARS = 256;
    /** Any other string: summaries, reasons, messages, output chunks, result text, parameter values. */
    public static final int MAX_TEXT_CHARS = 128 * 1024;
    /** Objects and arrays nested deeper than this are malformed (PostgreSQL's jsonb has a stack limit). */
    public static final int MAX_DEPTH = 32;

    private static final Set<String> NAME_FIELDS = Set.of("eventType", "source", "computerId", "type", "id",
            "accountId", "hostname", "title", "mediaType", "name", "code", "tags", "from", "to",
            "initialStatus", "reportedStatus", "kind", "until", "backoff");
    private static final Set<String> INSTANT_FIELDS = Set.of("occurredAt", "deliverAfter", "deliverBefore");
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private LegalValues() {
    }

    /** The first rule {@code record} breaks, as {@code "field.path: why"}, or null when it is legal. */
    public static String violation(JsonNode record) {
        return check(record, "", false, 0);
    }

    /** True when {@code instant} lies in years 0001–9999, which every store and ISO-8601 reader handles. */
    public static boolean inRange(Instant instant) {
        return instant == null || (!instant.isBefore(EARLIEST) && !instant.isAfter(LATEST));
    }

    private static String check(JsonNode node, String path, boolean inParameters, int depth) {
        if (depth > MAX_DEPTH) {
            return at(path) + "nested deeper than " + MAX_DEPTH;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                String child = path.isEmpty() ? key : path + "." + key;
                String bad = text(key, MAX_NAME_CHARS);
                if (bad != null) {
                    return at(path) + "key " + bad;
                }
                bad = inParameters ? check(field.getValue(), child, true, depth + 1)
                        : field(key, field.getValue(), child, depth + 1);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String bad = check(node.get(i), path + "[" + i + "]", inParameters, depth + 1);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (node.isTextual()) {
            String bad = text(node.textValue(), inParameters ? MAX_TEXT_CHARS : limitOf(lastName(path)));
            return bad == null ? null : at(path) + bad;
        }
        if (inParameters && node.isBigInteger()) {
            return at(path) + "integer outside the signed 64-bit range";
        }
        if (inParameters && node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            return at(path) + "number outside the double range";
        }
        return null;
    }

    private static String field(String key, JsonNode value, String path, int depth) {
        if (INSTANT_FIELDS.contains(key) && !value.isNull()) {
            if (!value.isTextual()) {
                return at(path) + "an instant must be an ISO-8601 string";
            }
            try {
                if (!inRange(InstantText.parse(value.textValue()))) {
                    return at(path) + "instant outside years 0001-9999";
                }
            } catch (DateTimeParseException e) {
                return at(path) + "not an ISO-8601 instant";
            }
        }
        return check(value, path, "parameters".equals(key), depth);
    }

    private static String text(String value, int limit) {
        if (value.length() > limit) {
            return "longer than " + limit + " characters";
        }
        return LegalText.describe(value);
    }

    private static int limitOf(String fieldName) {
        if ("content".equals(fieldName)) {
            // Artifact content: bounded together by ActivityResult.MAX_ARTIFACT_CHARS (checked after mapping).
            return Integer.MAX_VALUE;
        }
        return NAME_FIELDS.contains(fieldName) ? MAX_NAME_CHARS : MAX_TEXT_CHARS;
    }

    /** {@code result.artifacts[0].name} gives {@code name}; {@code tags[2]} gives {@code tags}. */
    private static String lastName(String path) {
        String p = path;
        while (p.endsWith("]")) {
            p = p.substring(0, p.lastIndexOf('['));
        }
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }

    private static String at(String path) {
        return (path.isEmpty() ? "record" : path) + ": ";
    }
}
