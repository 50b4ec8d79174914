package io.activityplatform.events.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The patterns that stand between an API caller and an agent's command line (useradd, apt, snap, wsl):
 * each accepts its documented example and realistic values, and refuses what would be an option, a second
 * field, a path or a plain-text secret.
 */
class ConstraintPatternsTest {

    private static final Map<String, Constraint> BY_NAME = Map.ofEntries(
            Map.entry("USER_NAME", Fields.USER_NAME), Map.entry("GROUP_NAME", Fields.GROUP_NAME),
            Map.entry("GECOS", Fields.GECOS), Map.entry("PASSWORD_HASH", Fields.PASSWORD_HASH),
            Map.entry("PACKAGE", Fields.PACKAGE), Map.entry("SNAP_NAME", Fields.SNAP_NAME),
            Map.entry("SNAP_CHANNEL", Fields.SNAP_CHANNEL), Map.entry("CHILD_NAME", Fields.CHILD_NAME),
            Map.entry("KERNEL_VERSION", Fields.KERNEL_VERSION), Map.entry("ARCHIVE_NAME", Fields.ARCHIVE_NAME),
            Map.entry("SLUG", Fields.SLUG), Map.entry("FILE_NAME", Fields.FILE_NAME),
            Map.entry("HTTP_URL", Fields.HTTP_URL));

    private static boolean matches(String constraint, String value) {
        return ((Constraint.Matches) BY_NAME.get(constraint)).pattern().matcher(value).matches();
    }

    @Test
    void everyPatternAcceptsItsOwnDocumentedExample() {
        BY_NAME.forEach((name, constraint) -> {
            Constraint.Matches m = (Constraint.Matches) constraint;
            assertThat(m.pattern().matcher(m.example()).matches()).as(name + " example " + m.example()).isTrue();
            assertThat(m.description()).as(name).isNotBlank();
        });
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("USER_NAME", "_apt"), Arguments.of("USER_NAME", "a" + "b".repeat(31)),
                Arguments.of("GECOS", ""), Arguments.of("GECOS", "Alice Liddell (room 4)"),
                Arguments.of("PASSWORD_HASH", "$y$j9T$salt$hash"),
                Arguments.of("PACKAGE", "libc6:amd64=2.39-0ubuntu8"), Arguments.of("PACKAGE", "g++"),
                Arguments.of("SNAP_NAME", "a"), Arguments.of("SNAP_CHANNEL", "22/edge/fix-1"),
                Arguments.of("CHILD_NAME", "Ubuntu-24.04"), Arguments.of("KERNEL_VERSION", "6.8.0-45-generic"),
                Arguments.of("FILE_NAME", "mirror.list"), Arguments.of("HTTP_URL", "http://10.0.0.1:8080/x?y=1"));
    }

    @ParameterizedTest(name = "{0} accepts {1}")
    @MethodSource("accepted")
    void realisticValuesAreAccepted(String constraint, String value) {
        assertThat(matches(constraint, value)).isTrue();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // an option where an argument is expected
                Arguments.of("USER_NAME", "-r"), Arguments.of("PACKAGE", "-oDpkg::Options=--force"),
                Arguments.of("SNAP_NAME", "-devmode"), Arguments.of("CHILD_NAME", "--unregister"),
                Arguments.of("FILE_NAME", "-rf"), Arguments.of("SLUG", "-x"),
                // a second field or record in /etc/passwd
                Arguments.of("GECOS", "Alice:0:0"), Arguments.of("GECOS", "Alice,room"),
                Arguments.of("GECOS", "Alice\nroot::0:0::/:/bin/sh"), Arguments.of("USER_NAME", "root:x"),
                // lengths beyond what the tools take
                Arguments.of("USER_NAME", "a" + "b".repeat(32)), Arguments.of("SNAP_NAME", "a".repeat(41)),
                Arguments.of("GECOS", "g".repeat(257)),
                // a path where a plain name is expected
                Arguments.of("FILE_NAME", "../etc/passwd"), Arguments.of("FILE_NAME", "a/b"),
                Arguments.of("CHILD_NAME", "a b"), Arguments.of("ARCHIVE_NAME", "Noble"),
                // a plain-text password must never reach the event log
                Arguments.of("PASSWORD_HASH", "hunter2"), Arguments.of("PASSWORD_HASH", "$6$salt$has h"),
                Arguments.of("PASSWORD_HASH", "$6$salt$hash:extra"),
                // shapes the agent's tools would misread
                Arguments.of("SNAP_NAME", "fire--fox"), Arguments.of("SNAP_NAME", "firefox-"),
                Arguments.of("SNAP_CHANNEL", "a/b/c/d"), Arguments.of("KERNEL_VERSION", "generic"),
                Arguments.of("PACKAGE", "nginx; rm -rf /"), Arguments.of("PACKAGE", "n"),
                Arguments.of("HTTP_URL", "file:///etc/passwd"), Arguments.of("HTTP_URL", "https://a b"),
                Arguments.of("HTTP_URL", "javascript:alert(1)"), Arguments.of("HTTP_URL", "https://"));
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("refused")
    void dangerousOrMalformedValuesAreRefused(String constraint, String value) {
        assertThat(matches(constraint, value)).isFalse();
    }
}
