package io.activityplatform.events.type;

/**
 * The JSON shape a parameter must have. The set is deliberately small: parameters travel in events and to
 * agents, so every shape must be plain JSON that any consumer (not only Java) can read without a type registry.
 */
public enum FieldType {
    /** A JSON string. */
    STRING("string"),
    /** A JSON number without fraction (Jackson: Integer, Long or BigInteger) that fits a {@code long}. */
    INTEGER("integer"),
    /** A JSON boolean. */
    BOOLEAN("boolean"),
    /** A JSON string out of a fixed set, given by a {@link Constraint.OneOf} on the field. */
    ENUM("string"),
    /** A JSON array of strings; string constraints on the field apply to every element. */
    STRING_LIST("list of strings"),
    /** A JSON object whose values are all strings, e.g. attachment name to content. Keys must not be blank. */
    STRING_MAP("object of strings"),
    /** A JSON object described by a nested schema ({@link Constraint.Nested}). */
    OBJECT("object"),
    /** A JSON array of objects, each described by a nested schema ({@link Constraint.Nested}). */
    OBJECT_LIST("list of objects");

    private final String jsonName;

    FieldType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** How the expected shape is named in violation messages, in JSON terms since that is what clients send. */
    public String jsonName() {
        return jsonName;
    }
}
