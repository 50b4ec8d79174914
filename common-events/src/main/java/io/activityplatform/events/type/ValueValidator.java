package io.activityplatform.events.type;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Checks one present (non-null) value against its field: shape first, then constraints. Kept apart from
 * {@link ParameterSchema} so the schema class stays about structure and this one about JSON values.
 */
final class ValueValidator {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ValueValidator() {
    }

    static void check(ParameterField field, Object value, String path, List<ParameterViolation> out) {
        switch (field.type()) {
            case STRING, ENUM -> {
                if (expect(value instanceof String, "string", value, path, out)) {
                    checkSize(field, ((String) value).length(), "length", path, out);
                    checkString(field, (String) value, path, out);
                }
            }
            case INTEGER -> checkInteger(field, value, path, out);
            case BOOLEAN -> expect(value instanceof Boolean, "boolean", value, path, out);
            case STRING_LIST -> {
                if (expect(value instanceof List, FieldType.STRING_LIST.jsonName(), value, path, out)) {
                    List<?> list = (List<?>) value;
                    checkSize(field, list.size(), "number of elements", path, out);
                    for (int i = 0; i < list.size(); i++) {
                        String at = path + "[" + i + "]";
                        if (expect(list.get(i) instanceof String, "string", list.get(i), at, out)) {
                            checkString(field, (String) list.get(i), at, out);
                        }
                    }
                }
            }
            case STRING_MAP -> checkStringMap(field, value, path, out);
            case OBJECT -> checkObject(field, value, path, out);
            case OBJECT_LIST -> {
                if (expect(value instanceof List, FieldType.OBJECT_LIST.jsonName(), value, path, out)) {
                    List<?> list = (List<?>) value;
                    checkSize(field, list.size(), "number of elements", path, out);
                    for (int i = 0; i < list.size(); i++) {
                        checkObject(field, list.get(i), path + "[" + i + "]", out);
                    }
                }
            }
        }
    }

    private static void checkString(ParameterField field, String value, String path, List<ParameterViolation> out) {
        for (Constraint c : field.constraints()) {
            if (c instanceof Constraint.NotBlank && value.isBlank()) {
                out.add(new ParameterViolation(path, "must not be blank"));
            } else if (c instanceof Constraint.OneOf oneOf && !oneOf.values().contains(value)) {
                out.add(new ParameterViolation(path, "must be one of " + oneOf.values()));
            } else if (c instanceof Constraint.Matches m && !m.pattern().matcher(value).matches()) {
                // The value is not echoed: it may be a secret (a token, a password hash).
                out.add(new ParameterViolation(path, "must be " + m.description()));
            }
        }
    }

    private static void checkInteger(ParameterField field, Object value, String path, List<ParameterViolation> out) {
        BigInteger n = integral(value);
        if (!expect(n != null, "integer", value, path, out)) {
            return;
        }
        BigInteger min = LONG_MIN;
        BigInteger max = LONG_MAX;
        var range = field.constraint(Constraint.Range.class);
        if (range.isPresent()) {
            min = BigInteger.valueOf(range.get().min());
            max = BigInteger.valueOf(range.get().max());
        }
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            out.add(new ParameterViolation(path, "must be between " + min + " and " + max + ", got " + n));
        }
    }

    private static void checkStringMap(ParameterField field, Object value, String path,
                                       List<ParameterViolation> out) {
        if (!expect(value instanceof Map, FieldType.STRING_MAP.jsonName(), value, path, out)) {
            return;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        checkSize(field, map.size(), "number of entries", path, out);
        map.forEach((key, entry) -> {
            String at = path + "[\"" + key + "\"]";
            if (!(key instanceof String k) || k.isBlank()) {
                out.add(new ParameterViolation(at, "key must not be blank"));
            }
            expect(entry instanceof String, "string", entry, at, out);
        });
    }

    private static void checkObject(ParameterField field, Object value, String path, List<ParameterViolation> out) {
        if (expect(value instanceof Map, "object", value, path, out)) {
            // The constructor of ParameterField guarantees the Nested constraint on OBJECT and OBJECT_LIST.
            field.constraint(Constraint.Nested.class).orElseThrow().schema().validate((Map<?, ?>) value, path, out);
        }
    }

    private static void checkSize(ParameterField field, int size, String what, String path,
                                  List<ParameterViolation> out) {
        field.constraint(Constraint.Size.class)
                .filter(s -> size < s.min() || size > s.max())
                .ifPresent(s -> out.add(new ParameterViolation(path,
                        what + " must be between " + s.min() + " and " + s.max() + ", got " + size)));
    }

    /** Records a type violation unless {@code ok}; returns {@code ok} so callers can go on checking. */
    private static boolean expect(boolean ok, String expected, Object actual, String path,
                                  List<ParameterViolation> out) {
        if (!ok) {
            out.add(new ParameterViolation(path, "expected " + expected + ", got " + jsonType(actual)));
        }
        return ok;
    }

    /** The integral value of a JSON number Jackson read without fraction, or null for anything else. */
    private static BigInteger integral(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        return value instanceof BigInteger b ? b : null;
    }

    static String jsonType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return integral(value) != null ? "integer" : "number";
        }
        if (value instanceof List) {
            return "list";
        }
        return value instanceof Map ? "object" : value.getClass().getSimpleName();
    }
}
