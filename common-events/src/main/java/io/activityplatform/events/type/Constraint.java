package io.activityplatform.events.type;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A restriction on a parameter's value beyond its {@link FieldType}. Each constraint says which field types it
 * makes sense for, so a schema that puts a range on a string fails when it is built, not when it validates.
 *
 * <p>On a {@link FieldType#STRING_LIST} the string constraints ({@link NotBlank}, {@link Matches},
 * {@link OneOf}) apply to every element, while {@link Size} always limits the field itself (the list's length).
 */
public sealed interface Constraint {

    /** The field types this constraint may be attached to. */
    Set<FieldType> appliesTo();

    /** The string (or every list element) must contain a non-whitespace character. */
    record NotBlank() implements Constraint {
        @Override
        public Set<FieldType> appliesTo() {
            return EnumSet.of(FieldType.STRING, FieldType.STRING_LIST);
        }
    }

    /** The integer lies in {@code [min, max]}, both inclusive. */
    record Range(long min, long max) implements Constraint {
        public Range {
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " > max " + max);
            }
        }

        @Override
        public Set<FieldType> appliesTo() {
            return EnumSet.of(FieldType.INTEGER);
        }
    }

    /**
     * The size lies in {@code [min, max]}: characters of a string, elements of a list, entries of a map.
     * Bounds matter because parameters travel inside events, whose size is bounded.
     */
    record Size(int min, int max) implements Constraint {
        public Size {
            if (min < 0 || min > max) {
                throw new IllegalArgumentException("bad size bounds [" + min + ", " + max + "]");
            }
        }

        @Override
        public Set<FieldType> appliesTo() {
            return EnumSet.of(FieldType.STRING, FieldType.STRING_LIST, FieldType.STRING_MAP, FieldType.OBJECT_LIST);
        }
    }

    /** The value (or every list element) is one of {@code values}, compared exactly. Mandatory on ENUM fields. */
    record OneOf(List<String> values) implements Constraint {
        public OneOf {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("OneOf needs at least one value");
            }
        }

        @Override
        public Set<FieldType> appliesTo() {
            return EnumSet.of(FieldType.ENUM, FieldType.STRING_LIST);
        }
    }

    /**
     * The whole string (or every list element) matches {@code pattern}. Agents pass names such as user names,
     * package names or snap names to system commands, so rejecting odd characters up front is a safety net.
     *
     * @param pattern     the regular expression, matched against the whole value
     * @param description what the pattern means, for the violation message (a regex is no help to users)
     * @param example     a value that matches; checked here, and used by documentation and test generators
     */
    record Matches(Pattern pattern, String description, String example) implements Constraint {
        public Matches {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(description, "description");
            if (example == null || !pattern.matcher(example).matches()) {
                throw new IllegalArgumentException("example '" + example + "' does not match " + pattern);
            }
        }

        @Override
        public Set<FieldType> appliesTo() {
            return EnumSet.of(FieldType.STRING, FieldType.STRING_LIST);
        }

        // Pattern has identity equality; compare by source so equal schemas are equal records.
        @Override
        public boolean equals(Object o) {
            return o instanceof Matches m && m.pattern.pattern().equals(pattern.pattern())
                    && m.description.equals(description) && m.example.equals(example);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pattern.pattern(), description, example);
        }
    }

    /** The object (or every list element) is validated against {@code schema}. Mandatory on OBJECT fields. */
    record Nested(ParameterSchema schema) implements Constraint {
        public Nested {
            Objects.requireNonNull(schema, "schema");
        }

        @Override
        public Set<FieldType> appliesTo() {
            return EnumSet.of(FieldType.OBJECT, FieldType.OBJECT_LIST);
        }
    }
}
