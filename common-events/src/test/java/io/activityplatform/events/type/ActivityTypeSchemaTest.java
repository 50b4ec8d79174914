package io.activityplatform.events.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every type's schema, exercised with values generated from the schema itself (see {@link SampleValues}). */
class ActivityTypeSchemaTest {

    @ParameterizedTest
    @EnumSource(ActivityType.class)
    void schemaAcceptsAGeneratedMinimalMap(ActivityType type) {
        Map<String, Object> minimal = SampleValues.minimalValid(type.schema());

        assertThat(type.schema().validate(minimal)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActivityType.class)
    void schemaAcceptsEveryOptionalFieldWithASampleValue(ActivityType type) {
        Map<String, Object> full = new LinkedHashMap<>();
        type.schema().fields().forEach(f -> full.put(f.name(), SampleValues.sample(f)));

        assertThat(type.schema().validate(full)).isEmpty();
    }

    static Stream<Arguments> requiredFields() {
        return Arrays.stream(ActivityType.values()).flatMap(type -> type.schema().fields().stream()
                .filter(ParameterField::required)
                .map(field -> Arguments.of(type, field.name())));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void schemaRejectsTheMinimalMapWithARequiredFieldRemoved(ActivityType type, String field) {
        Map<String, Object> map = new LinkedHashMap<>(SampleValues.minimalValid(type.schema()));
        map.remove(field);

        assertThat(type.schema().validate(map))
                .containsExactly(new ParameterViolation("parameters." + field, "required"));
    }

    static Stream<Arguments> typesWithRules() {
        return Arrays.stream(ActivityType.values()).filter(t -> !t.schema().rules().isEmpty()).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("typesWithRules")
    void schemaRejectsTheMinimalMapWhenNoFieldOfARuleIsGiven(ActivityType type) {
        Map<String, Object> map = new LinkedHashMap<>(SampleValues.minimalValid(type.schema()));
        type.schema().rules().forEach(rule -> rule.fields().forEach(map::remove));

        assertThat(type.schema().validate(map))
                .extracting(ParameterViolation::field).containsOnly("parameters").isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActivityType.class)
    void schemaRejectsAnUnknownParameter(ActivityType type) {
        Map<String, Object> map = new LinkedHashMap<>(SampleValues.minimalValid(type.schema()));
        map.put("noSuchParameter", 1);

        assertThat(type.schema().validate(map))
                .containsExactly(new ParameterViolation("parameters.noSuchParameter", "unknown parameter"));
    }
}
