package io.activityplatform.events.type;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One named parameter of an activity type.
 *
 * @param name        the JSON key, camelCase
 * @param type        the JSON shape
 * @param required    whether the key must be present with a non-null value (null counts as absent)
 * @param description one line for API documentation
 * @param constraints further restrictions; each must fit {@code type} (checked here, so a bad schema fails at
 *                    class initialisation instead of silently accepting everything)
 */
public record ParameterField(String name, FieldType type, boolean required, String description,
                             List<Constraint> constraints) {

    public ParameterField {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field name must not be blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        constraints = List.copyOf(constraints);
        for (Constraint c : constraints) {
            if (!c.appliesTo().contains(type)) {
                throw new IllegalArgumentException(name + ": " + c + " does not apply to " + type);
            }
        }
        if (type == FieldType.ENUM && constraint(constraints, Constraint.OneOf.class).isEmpty()) {
            throw new IllegalArgumentException(name + ": ENUM field needs a OneOf constraint");
        }
        if ((type == FieldType.OBJECT || type == FieldType.OBJECT_LIST)
                && constraint(constraints, Constraint.Nested.class).isEmpty()) {
            throw new IllegalArgumentException(name + ": " + type + " field needs a Nested schema");
        }
    }

    public ParameterField(String name, FieldType type, boolean required, String description,
                          Constraint... constraints) {
        this(name, type, required, description, Arrays.asList(constraints));
    }

    /** The first constraint of the given kind, e.g. {@code field.constraint(Constraint.Range.class)}. */
    public <C extends Constraint> Optional<C> constraint(Class<C> kind) {
        return constraint(constraints, kind);
    }

    private static <C extends Constraint> Optional<C> constraint(List<Constraint> constraints, Class<C> kind) {
        return constraints.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }
}
