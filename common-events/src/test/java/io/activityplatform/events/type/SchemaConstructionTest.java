package io.activityplatform.events.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A wrong schema must fail when it is built (class initialisation), never validate silently. */
class SchemaConstructionTest {

    @Test
    void constraintOnAFieldTypeItDoesNotFitIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ParameterField("name", FieldType.STRING, true, "d", new Constraint.Range(0, 1)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new ParameterField("n", FieldType.BOOLEAN, true, "d", new Constraint.NotBlank()));
    }

    @Test
    void enumFieldWithoutAllowedValuesIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ParameterField("mode", FieldType.ENUM, true, "d"));
    }

    @Test
    void objectFieldWithoutNestedSchemaIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ParameterField("o", FieldType.OBJECT, true, "d"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ParameterField("o", FieldType.OBJECT_LIST, true, "d"));
    }

    @Test
    void blankFieldNameIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ParameterField(" ", FieldType.STRING, true, "d"));
    }

    @Test
    void duplicateFieldNamesAreRejected() {
        var field = new ParameterField("a", FieldType.STRING, false, "d");
        assertThatIllegalArgumentException().isThrownBy(() -> ParameterSchema.of(field, field));
    }

    @Test
    void ruleNamingAnUnknownFieldIsRejected() {
        var schema = ParameterSchema.of(new ParameterField("a", FieldType.STRING, false, "d"));
        assertThatIllegalArgumentException().isThrownBy(() -> schema.requireAtLeastOneOf("a", "b"));
    }

    @Test
    void badBoundsAndNonMatchingExamplesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Constraint.Range(2, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Constraint.Size(-1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Constraint.OneOf(List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Constraint.Matches(Pattern.compile("[a-z]+"), "lowercase", "ABC"));
    }

    @Test
    void schemasAreValuesComparedByContent() {
        var a = ParameterSchema.of(new ParameterField("a", FieldType.STRING, false, "d",
                new Constraint.Matches(Pattern.compile("x+"), "xs", "xx")));
        var b = ParameterSchema.of(new ParameterField("a", FieldType.STRING, false, "d",
                new Constraint.Matches(Pattern.compile("x+"), "xs", "xx")));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.withRule(new SchemaRule.AtLeastOneOf(List.of("a", "a")))).isNotEqualTo(b);
    }

    @Test
    void schemaLooksUpFieldsByNameAndKeepsDeclarationOrder() {
        var schema = ParameterSchema.of(new ParameterField("interpreter", FieldType.STRING, true, "d"),
                new ParameterField("code", FieldType.STRING, true, "d"),
                new ParameterField("username", FieldType.STRING, false, "d"));
        assertThat(schema.field("code")).hasValueSatisfying(f -> {
            assertThat(f.type()).isEqualTo(FieldType.STRING);
            assertThat(f.required()).isTrue();
        });
        assertThat(schema.field("Code")).isEmpty();
        assertThat(schema.fields()).extracting(ParameterField::name)
                .containsExactly("interpreter", "code", "username");
    }

    @Test
    void freeObjectFieldValidatesAgainstItsNestedSchema() {
        var inner = ParameterSchema.of(new ParameterField("x", FieldType.INTEGER, true, "d"));
        var schema = ParameterSchema.of(new ParameterField("o", FieldType.OBJECT, true, "d",
                new Constraint.Nested(inner)));
        assertThat(schema.validate(Map.of("o", Map.of("x", 1)))).isEmpty();
        assertThat(schema.validate(Map.of("o", Map.of("x", true))))
                .containsExactly(new ParameterViolation("parameters.o.x", "expected integer, got boolean"));
        assertThat(schema.validate(Map.of("o", List.of())))
                .containsExactly(new ParameterViolation("parameters.o", "expected object, got list"));
    }
}
