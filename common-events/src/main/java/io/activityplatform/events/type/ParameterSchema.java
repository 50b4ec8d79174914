package io.activityplatform.events.type;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The parameters an activity type accepts: named, typed fields plus optional rules spanning several fields.
 * Immutable and thread-safe; built once per {@link ActivityType}.
 *
 * <p>Validation is strict on purpose: parameters are part of the public event contract and are handed to agents
 * that run system commands, so a typo ({@code "timelimitSeconds"}) or a number sent as a string ({@code "5"})
 * must be reported to the caller instead of being silently ignored or coerced.
 */
public final class ParameterSchema {

    static final String ROOT = "parameters";

    private final List<ParameterField> fields;
    private final Map<String, ParameterField> byName;
    private final List<SchemaRule> rules;

    private ParameterSchema(List<ParameterField> fields, List<SchemaRule> rules) {
        Map<String, ParameterField> index = new LinkedHashMap<>();
        for (ParameterField f : fields) {
            if (index.put(f.name(), f) != null) {
                throw new IllegalArgumentException("duplicate field " + f.name());
            }
        }
        for (SchemaRule rule : rules) {
            for (String name : rule.fields()) {
                if (!index.containsKey(name)) {
                    throw new IllegalArgumentException(rule + " names unknown field " + name);
                }
            }
        }
        this.fields = List.copyOf(fields);
        this.byName = index;
        this.rules = List.copyOf(rules);
    }

    public static ParameterSchema of(ParameterField... fields) {
        return new ParameterSchema(Arrays.asList(fields), List.of());
    }

    /** A copy of this schema with one more rule. */
    public ParameterSchema withRule(SchemaRule rule) {
        List<SchemaRule> more = new ArrayList<>(rules);
        more.add(Objects.requireNonNull(rule, "rule"));
        return new ParameterSchema(fields, more);
    }

    /** Shorthand for {@code withRule(new SchemaRule.AtLeastOneOf(List.of(names)))}. */
    public ParameterSchema requireAtLeastOneOf(String... names) {
        return withRule(new SchemaRule.AtLeastOneOf(List.of(names)));
    }

    /** The fields in declaration order (which is also the order of documentation and of violations). */
    public List<ParameterField> fields() {
        return fields;
    }

    public Optional<ParameterField> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<SchemaRule> rules() {
        return rules;
    }

    /**
     * Validates a parameter map (as Jackson reads JSON into {@code Map<String,Object>}: String,
     * Integer/Long/BigInteger/Double, Boolean, List, Map, null). Returns every violation, empty when valid.
     * Unknown parameters are violations too ("unknown parameter"). A {@code null} map counts as empty and a
     * {@code null} value as absent. Never throws for any JSON-shaped input.
     */
    public List<ParameterViolation> validate(Map<String, Object> parameters) {
        List<ParameterViolation> violations = new ArrayList<>();
        validate(parameters == null ? Map.of() : parameters, ROOT, violations);
        return List.copyOf(violations);
    }

    /** Validates one JSON object found at {@code path}; also used for nested objects. */
    void validate(Map<?, ?> object, String path, List<ParameterViolation> out) {
        for (ParameterField field : fields) {
            Object value = object.get(field.name());
            String fieldPath = path + "." + field.name();
            if (value == null) {
                if (field.required()) {
                    out.add(new ParameterViolation(fieldPath, "required"));
                }
            } else {
                ValueValidator.check(field, value, fieldPath, out);
            }
        }
        // Sorted so the violation list is deterministic whatever map implementation the caller used.
        TreeSet<String> unknown = new TreeSet<>();
        for (Object key : object.keySet()) {
            if (!(key instanceof String name) || !byName.containsKey(name)) {
                unknown.add(String.valueOf(key));
            }
        }
        unknown.forEach(name -> out.add(new ParameterViolation(path + "." + name, "unknown parameter")));
        for (SchemaRule rule : rules) {
            if (rule instanceof SchemaRule.AtLeastOneOf any
                    && any.fields().stream().noneMatch(name -> hasContent(object.get(name)))) {
                out.add(new ParameterViolation(path,
                        "at least one of " + String.join(", ", any.fields()) + " must be given and non-empty"));
            }
        }
    }

    private static boolean hasContent(Object value) {
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return value != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSchema s && s.fields.equals(fields) && s.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fields, rules);
    }

    @Override
    public String toString() {
        return "ParameterSchema" + fields.stream().map(ParameterField::name).toList()
                + (rules.isEmpty() ? "" : " " + rules);
    }
}
