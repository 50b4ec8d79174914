package io.activityplatform.api.console.mapping;

import io.activityplatform.api.console.rest.ActivityTypeDescription;
import io.activityplatform.api.console.rest.ActivityTypeDescription.FieldDescription;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.events.type.Constraint;
import io.activityplatform.events.type.ParameterField;
import io.activityplatform.events.type.ParameterSchema;
import io.activityplatform.events.type.SchemaRule;
import java.util.List;

/**
 * Activity types as clients read them: the parameter schemas of common-events rendered as plain data, so a
 * form can be generated from them (the console does) and no client re-types the 39 schemas. Pure.
 */
public final class TypeDescriptions {

    private TypeDescriptions() {
    }

    public static List<ActivityTypeDescription> all() {
        return java.util.Arrays.stream(ActivityType.values()).map(TypeDescriptions::describe).toList();
    }

    public static ActivityTypeDescription describe(ActivityType type) {
        return new ActivityTypeDescription(type.wireName(), type.kind(), type.description(),
                fields(type.schema()), atLeastOneOf(type.schema()));
    }

    static List<FieldDescription> fields(ParameterSchema schema) {
        return schema.fields().stream().map(TypeDescriptions::field).toList();
    }

    static List<List<String>> atLeastOneOf(ParameterSchema schema) {
        return schema.rules().stream().filter(SchemaRule.AtLeastOneOf.class::isInstance)
                .map(SchemaRule::fields).toList();
    }

    static FieldDescription field(ParameterField f) {
        Long min = null;
        Long max = null;
        Integer minSize = null;
        Integer maxSize = null;
        List<String> oneOf = null;
        String pattern = null;
        String patternDescription = null;
        String example = null;
        boolean notBlank = false;
        List<FieldDescription> nested = null;
        List<List<String>> nestedRules = null;
        for (Constraint c : f.constraints()) {
            if (c instanceof Constraint.Range r) {
                min = r.min();
                max = r.max();
            } else if (c instanceof Constraint.Size s) {
                minSize = s.min();
                maxSize = s.max();
            } else if (c instanceof Constraint.OneOf o) {
                oneOf = o.values();
            } else if (c instanceof Constraint.Matches m) {
                pattern = m.pattern().pattern();
                patternDescription = m.description();
                example = m.example();
            } else if (c instanceof Constraint.NotBlank) {
                notBlank = true;
            } else if (c instanceof Constraint.Nested n) {
                nested = fields(n.schema());
                nestedRules = atLeastOneOf(n.schema());
            }
        }
        return new FieldDescription(f.name(), f.type().name(), f.type().jsonName(), f.required(), f.description(),
                min, max, minSize, maxSize, oneOf, pattern, patternDescription, example, notBlank, nested,
                nestedRules);
    }
}
