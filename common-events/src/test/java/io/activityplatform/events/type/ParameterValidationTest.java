package io.activityplatform.events.type;

import static io.activityplatform.events.type.ActivityType.CHANGE_PACKAGES_REQUEST;
import static io.activityplatform.events.type.ActivityType.EXECUTE_SCRIPT_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation behaviour, on real activity types and on parameters exactly as Jackson reads them from JSON. */
class ParameterValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, Object> json(String text) throws Exception {
        return JSON.readValue(text.replace('\'', '"'), new TypeReference<>() { });
    }

    private static List<ParameterViolation> script(String parameters) throws Exception {
        return EXECUTE_SCRIPT_REQUEST.schema().validate(json(parameters));
    }

    private static List<ParameterViolation> packages(String parameters) throws Exception {
        return CHANGE_PACKAGES_REQUEST.schema().validate(json(parameters));
    }

    @Test
    void fullExecuteScriptExampleHasNoViolations() throws Exception {
        assertThat(script("""
                {'interpreter': '/bin/bash', 'code': 'echo hello', 'username': 'alice',
                 'timeLimitSeconds': 300, 'attachments': {'data.csv': 'a,b\\n1,2', 'empty.txt': ''}}"""))
                .isEmpty();
    }

    @Test
    void fullChangePackagesExampleHasNoViolations() throws Exception {
        assertThat(packages("""
                {'install': ['nginx', 'curl=8.5.0-2ubuntu10.4', 'libc6:i386'], 'remove': ['telnet'],
                 'hold': ['openssl'], 'unhold': [], 'rebootIfNecessary': true}"""))
                .isEmpty();
    }

    @Test
    void missingRequiredFieldIsReported() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh'}"))
                .containsExactly(new ParameterViolation("parameters.code", "required"));
    }

    @Test
    void nullCountsAsAbsent() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': null, 'username': null}"))
                .containsExactly(new ParameterViolation("parameters.code", "required"));
    }

    @Test
    void nullOrEmptyParameterMapReportsEveryRequiredField() {
        var expected = List.of(new ParameterViolation("parameters.interpreter", "required"),
                new ParameterViolation("parameters.code", "required"));
        assertThat(EXECUTE_SCRIPT_REQUEST.schema().validate(null)).isEqualTo(expected);
        assertThat(EXECUTE_SCRIPT_REQUEST.schema().validate(Map.of())).isEqualTo(expected);
    }

    @Test
    void integerGivenAsStringIsAViolation() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'timeLimitSeconds': '5'}"))
                .containsExactly(new ParameterViolation("parameters.timeLimitSeconds", "expected integer, got string"));
    }

    @Test
    void stringGivenAsIntegerIsAViolation() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': 42}"))
                .containsExactly(new ParameterViolation("parameters.code", "expected string, got integer"));
    }

    @Test
    void numberWithFractionIsNotAnInteger() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'timeLimitSeconds': 5.0}"))
                .containsExactly(new ParameterViolation("parameters.timeLimitSeconds", "expected integer, got number"));
    }

    @Test
    void outOfRangeIntegerIsReportedWithTheBounds() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'timeLimitSeconds': 0}"))
                .containsExactly(new ParameterViolation("parameters.timeLimitSeconds",
                        "must be between 1 and 86400, got 0"));
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'timeLimitSeconds': 86401}"))
                .extracting(ParameterViolation::field).containsExactly("parameters.timeLimitSeconds");
    }

    @Test
    void hugeIntegerIsOutOfRangeNotACrash() throws Exception {
        var violations = script("{'interpreter': '/bin/sh', 'code': 'true', "
                + "'timeLimitSeconds': 123456789012345678901234567890}");
        assertThat(violations).extracting(ParameterViolation::field).containsExactly("parameters.timeLimitSeconds");
        assertThat(EXECUTE_SCRIPT_REQUEST.schema().validate(Map.of("interpreter", "/bin/sh", "code", "x",
                "timeLimitSeconds", BigInteger.valueOf(60)))).isEmpty();
    }

    @Test
    void integerRangeBoundsAreInclusive() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'timeLimitSeconds': 1}")).isEmpty();
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'timeLimitSeconds': 86400}")).isEmpty();
    }

    @Test
    void blankRequiredStringIsAViolation() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': '  \\n '}"))
                .containsExactly(new ParameterViolation("parameters.code", "must not be blank"));
    }

    @Test
    void unknownFieldIsAViolation() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'timelimitSeconds': 5}"))
                .containsExactly(new ParameterViolation("parameters.timelimitSeconds", "unknown parameter"));
    }

    @Test
    void listElementOfWrongTypeIsReportedWithItsIndex() throws Exception {
        assertThat(packages("{'install': ['nginx', 'curl', 7, null]}")).containsExactly(
                new ParameterViolation("parameters.install[2]", "expected string, got integer"),
                new ParameterViolation("parameters.install[3]", "expected string, got null"));
    }

    @Test
    void listGivenAsSingleStringIsAViolation() throws Exception {
        assertThat(packages("{'install': 'nginx'}"))
                .containsExactly(new ParameterViolation("parameters.install", "expected list of strings, got string"));
    }

    @Test
    void listElementNotMatchingItsPatternIsReportedWithoutEchoingTheValue() throws Exception {
        var violations = packages("{'remove': ['nginx; rm -rf /']}");
        assertThat(violations).extracting(ParameterViolation::field).containsExactly("parameters.remove[0]");
        assertThat(violations.get(0).message()).startsWith("must be a Debian package name").doesNotContain("rm -rf");
    }

    @Test
    void packageChangeWithNothingToDoViolatesTheSchemaRule() throws Exception {
        assertThat(packages("{'install': [], 'rebootIfNecessary': true}")).containsExactly(
                new ParameterViolation("parameters",
                        "at least one of install, remove, hold, unhold must be given and non-empty"));
    }

    @Test
    void attachmentValuesMustBeStrings() throws Exception {
        assertThat(script("{'interpreter': '/bin/sh', 'code': 'true', 'attachments': {'a.txt': 1, ' ': 'x'}}"))
                .containsExactlyInAnyOrder(
                        new ParameterViolation("parameters.attachments[\"a.txt\"]", "expected string, got integer"),
                        new ParameterViolation("parameters.attachments[\" \"]", "key must not be blank"));
    }

    @Test
    void nestedObjectsAreValidatedWithTheirPath() {
        var violations = ActivityType.INSTALL_SNAPS.schema().validate(Map.of("snaps", List.of(
                Map.of("name", "firefox", "channel", "latest/stable"),
                Map.of("revision", 0, "colour", "blue"),
                "lxd")));
        assertThat(violations).containsExactly(
                new ParameterViolation("parameters.snaps[1].name", "required"),
                new ParameterViolation("parameters.snaps[1].revision", "must be between 1 and 2147483647, got 0"),
                new ParameterViolation("parameters.snaps[1].colour", "unknown parameter"),
                new ParameterViolation("parameters.snaps[2]", "expected object, got string"));
    }

    @Test
    void listSizeIsBounded() {
        assertThat(ActivityType.REMOVE_SNAPS.schema().validate(Map.of("snaps", List.of())))
                .containsExactly(new ParameterViolation("parameters.snaps",
                        "number of elements must be between 1 and 100, got 0"));
    }

    @Test
    void enumValueOutsideTheAllowedSetIsAViolation() {
        assertThat(ActivityType.USG_ACTIVITY.schema().validate(Map.of("profile", "disa_stig", "mode", "Audit")))
                .containsExactly(new ParameterViolation("parameters.mode", "must be one of [audit, fix]"));
    }

    @Test
    void everyViolationIsReportedNotJustTheFirst() throws Exception {
        assertThat(script("{'code': 1, 'timeLimitSeconds': -1, 'extra': true}"))
                .extracting(ParameterViolation::field)
                .containsExactly("parameters.interpreter", "parameters.code", "parameters.timeLimitSeconds",
                        "parameters.extra");
    }

    @Test
    void violationOrderDoesNotDependOnTheMapImplementation() {
        Map<String, Object> parameters = new HashMap<>();
        for (String key : Arrays.asList("zeta", "alpha", "mid", "beta")) {
            parameters.put(key, 1);
        }
        assertThat(ActivityType.RESTART_REQUEST.schema().validate(parameters))
                .extracting(ParameterViolation::field)
                .containsExactly("parameters.alpha", "parameters.beta", "parameters.mid", "parameters.zeta");
    }

    @Test
    void plainTextPasswordFieldIsUnknownAndHashesMustLookLikeCrypt() {
        assertThat(ActivityType.CREATE_USER_REQUEST.schema().validate(Map.of("username", "bob",
                "password", "hunter2", "passwordHash", "hunter2")))
                .extracting(ParameterViolation::field)
                .containsExactly("parameters.passwordHash", "parameters.password");
    }
}
