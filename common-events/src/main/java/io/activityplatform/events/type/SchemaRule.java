package io.activityplatform.events.type;

import java.util.List;

/**
 * A rule spanning several fields, for what single optional fields cannot say, e.g. "a package change must
 * install, remove, hold or unhold something". Kept to the one rule the activity types need.
 */
public sealed interface SchemaRule {

    /** The fields this rule talks about; all must exist in the schema. */
    List<String> fields();

    /**
     * At least one of {@code fields} is present and non-empty (non-null; a string, list or map with content).
     */
    record AtLeastOneOf(List<String> fields) implements SchemaRule {
        public AtLeastOneOf {
            fields = List.copyOf(fields);
            if (fields.size() < 2) {
                throw new IllegalArgumentException("AtLeastOneOf needs two or more fields, got " + fields);
            }
        }
    }
}
