package io.activityplatform.events.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the smallest valid parameter map for a schema from its field types and constraints alone, so the
 * per-type tests cover every schema without hand-written examples that could drift from the schemas.
 */
final class SampleValues {

    private SampleValues() {
    }

    /** Required fields filled, plus the first field of every at-least-one rule, as Jackson would read them. */
    static Map<String, Object> minimalValid(ParameterSchema schema) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (ParameterField field : schema.fields()) {
            if (field.required()) {
                map.put(field.name(), sample(field));
            }
        }
        for (SchemaRule rule : schema.rules()) {
            String first = rule.fields().get(0);
            if (rule.fields().stream().noneMatch(map::containsKey)) {
                map.put(first, sample(schema.field(first).orElseThrow()));
            }
        }
        return map;
    }

    static Object sample(ParameterField field) {
        return switch (field.type()) {
            case STRING -> sampleString(field);
            case ENUM -> field.constraint(Constraint.OneOf.class).orElseThrow().values().get(0);
            case INTEGER -> asJackson(field.constraint(Constraint.Range.class)
                    .map(r -> Math.max(r.min(), Math.min(1L, r.max())))
                    .orElse(1L));
            case BOOLEAN -> true;
            case STRING_LIST -> repeat(field, () -> sampleString(field));
            case STRING_MAP -> Map.of("sample.txt", "content");
            case OBJECT -> minimalValid(nested(field));
            case OBJECT_LIST -> repeat(field, () -> minimalValid(nested(field)));
        };
    }

    /** Jackson reads small JSON integers as Integer and larger ones as Long. */
    private static Object asJackson(long value) {
        return value == (int) value ? (Object) (int) value : (Object) value;
    }

    private static String sampleString(ParameterField field) {
        var matches = field.constraint(Constraint.Matches.class);
        if (matches.isPresent()) {
            return matches.get().example();
        }
        var oneOf = field.constraint(Constraint.OneOf.class);
        if (oneOf.isPresent()) {
            return oneOf.get().values().get(0);
        }
        int min = field.type() == FieldType.STRING
                ? field.constraint(Constraint.Size.class).map(Constraint.Size::min).orElse(0) : 0;
        return "sample" + "x".repeat(Math.max(0, min - 6));
    }

    /** A list as long as the field's minimum size, but never empty (an empty list proves little). */
    private static List<Object> repeat(ParameterField field, java.util.function.Supplier<Object> element) {
        int count = Math.max(1, field.constraint(Constraint.Size.class).map(Constraint.Size::min).orElse(1));
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(element.get());
        }
        return list;
    }

    private static ParameterSchema nested(ParameterField field) {
        return field.constraint(Constraint.Nested.class).orElseThrow().schema();
    }
}
