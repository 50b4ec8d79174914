package io.activityplatform.events.type;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Short factories and shared building blocks for the schemas in {@link ActivityType}, so that 39 entries read
 * as data. Package-private: the public way to build a field is the {@link ParameterField} constructor.
 */
final class Fields {

    static final boolean REQUIRED = true;
    static final boolean OPTIONAL = false;

    static final Constraint NOT_BLANK = new Constraint.NotBlank();

    // Names that agents hand to useradd, apt, snap, wsl...: restricted up front, see Constraint.Matches.
    static final Constraint USER_NAME = matches("[a-z_][a-z0-9_-]{0,31}",
            "a POSIX user name (lowercase letters, digits, '_' and '-', at most 32 characters)", "alice");
    static final Constraint GROUP_NAME = matches("[a-z_][a-z0-9_-]{0,31}",
            "a POSIX group name (lowercase letters, digits, '_' and '-', at most 32 characters)", "developers");
    /** GECOS fields end up in /etc/passwd, where ':' ',' and line breaks would corrupt the record. */
    static final Constraint GECOS = matches("[^:,\\r\\n]{0,256}",
            "free text without ':', ',' or line breaks, at most 256 characters", "Alice Liddell");
    /** Only hashes: a plain-text password must never enter the event log, which every consumer can read. */
    static final Constraint PASSWORD_HASH = matches("\\$[0-9a-z]+\\$[^\\s:]+",
            "a crypt(3) hash such as $6$salt$hash or $y$j9T$salt$hash", "$6$saltsalt$hashhash");
    static final Constraint PACKAGE = matches("[a-z0-9][a-z0-9+.-]+(:[a-z0-9]+)?(=[0-9][A-Za-z0-9.+~:-]*)?",
            "a Debian package name, optionally with :architecture and =version", "nginx");
    static final Constraint SNAP_NAME = matches("(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*",
            "a snap name (lowercase letters, digits and inner '-', at most 40 characters)", "firefox");
    static final Constraint SNAP_CHANNEL = matches("[a-z0-9][a-z0-9.-]*(/[a-z0-9][a-z0-9.-]*){0,2}",
            "a snap channel such as stable, latest/stable or 22/edge/fix-1", "latest/stable");
    static final Constraint CHILD_NAME = matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
            "an instance name (letters, digits, '.', '_' and '-', at most 64 characters)", "Ubuntu-24.04");
    static final Constraint KERNEL_VERSION = matches("[0-9][A-Za-z0-9.+~-]{0,63}",
            "a kernel version such as 6.8.0-45-generic", "6.8.0-45-generic");
    static final Constraint ARCHIVE_NAME = matches("[a-z0-9][a-z0-9.-]{0,63}",
            "a lowercase archive name (letters, digits, '.' and '-')", "noble");
    static final Constraint SLUG = matches("[a-z0-9][a-z0-9_-]{0,63}",
            "a lowercase identifier (letters, digits, '_' and '-')", "cis_level1_server");
    static final Constraint FILE_NAME = matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}",
            "a plain file name (letters, digits, '.', '_' and '-')", "landscape-mirror");
    static final Constraint HTTP_URL = matches("https?://\\S{1,2048}", "an http or https URL",
            "https://archive.ubuntu.com/ubuntu");
    static final Constraint COMPUTER_ID = maxLength(128);
    /** Bounds large text such as scripts: parameters ride in events, whose size is bounded. */
    static final Constraint MAX_TEXT = maxLength(256 * 1024);

    private Fields() {
    }

    static Constraint range(long min, long max) {
        return new Constraint.Range(min, max);
    }

    static Constraint size(int min, int max) {
        return new Constraint.Size(min, max);
    }

    static Constraint maxLength(int max) {
        return size(0, max);
    }

    static Constraint matches(String regex, String description, String example) {
        return new Constraint.Matches(Pattern.compile(regex), description, example);
    }

    static ParameterField str(String name, boolean required, String description, Constraint... constraints) {
        return new ParameterField(name, FieldType.STRING, required, description, constraints);
    }

    static ParameterField integer(String name, boolean required, String description, Constraint... constraints) {
        return new ParameterField(name, FieldType.INTEGER, required, description, constraints);
    }

    /** Flags are always optional and default to false, so that adding one never breaks existing callers. */
    static ParameterField flag(String name, String description) {
        return new ParameterField(name, FieldType.BOOLEAN, OPTIONAL, description + " (default false)");
    }

    static ParameterField choice(String name, boolean required, String description, String... values) {
        return new ParameterField(name, FieldType.ENUM, required, description, new Constraint.OneOf(List.of(values)));
    }

    static ParameterField strings(String name, boolean required, String description, Constraint... constraints) {
        return new ParameterField(name, FieldType.STRING_LIST, required, description, constraints);
    }

    static ParameterField stringMap(String name, boolean required, String description, Constraint... constraints) {
        return new ParameterField(name, FieldType.STRING_MAP, required, description, constraints);
    }

    static ParameterField objects(String name, boolean required, String description, ParameterSchema element,
                                  Constraint size) {
        return new ParameterField(name, FieldType.OBJECT_LIST, required, description,
                new Constraint.Nested(element), size);
    }

    // Fields shared by several activity types, so the same parameter means the same thing everywhere.

    static ParameterField username(boolean required) {
        return str("username", required, "Login name of the user", USER_NAME);
    }

    static ParameterField groupName() {
        return str("groupName", REQUIRED, "Name of the group", GROUP_NAME);
    }

    static ParameterField childName() {
        return str("childName", REQUIRED, "Name of the child instance on this host computer", CHILD_NAME);
    }

    static ParameterField delayMinutes() {
        // Longer delays are what SCHEDULED activities are for.
        return integer("delayMinutes", OPTIONAL, "Minutes to wait before acting, default 0", range(0, 1440));
    }

    static ParameterField rebootIfNecessary() {
        return flag("rebootIfNecessary", "Restart the computer afterwards if the change requires it");
    }

    /** The mutable attributes of a user, shared by create and edit. */
    static ParameterField[] userAttributes() {
        return new ParameterField[] {
            str("name", OPTIONAL, "Full name", GECOS),
            str("passwordHash", OPTIONAL, "New password as a crypt(3) hash; absent leaves the account "
                    + "without a usable password (create) or the password unchanged (edit)", PASSWORD_HASH),
            flag("requirePasswordReset", "Force a password change at the next login"),
            str("primaryGroup", OPTIONAL, "Primary group; absent means the system default", GROUP_NAME),
            str("location", OPTIONAL, "Office location", GECOS),
            str("workPhone", OPTIONAL, "Work phone number", GECOS),
            str("homePhone", OPTIONAL, "Home phone number", GECOS),
        };
    }

    /** Joins field groups, for schemas built from shared parts such as {@link #userAttributes()}. */
    static ParameterField[] concat(ParameterField[] first, ParameterField[] second, ParameterField... rest) {
        return Stream.of(first, second, rest).flatMap(Arrays::stream).toArray(ParameterField[]::new);
    }

    static final ParameterSchema SNAP = ParameterSchema.of(
            str("name", REQUIRED, "Snap name", SNAP_NAME));

    static final ParameterSchema SNAP_RELEASE = ParameterSchema.of(
            str("name", REQUIRED, "Snap name", SNAP_NAME),
            str("channel", OPTIONAL, "Channel to track; absent means the default (or current) channel",
                    SNAP_CHANNEL),
            integer("revision", OPTIONAL, "Exact revision to pin instead of the channel head",
                    range(1, Integer.MAX_VALUE)));

    static final ParameterSchema SNAP_INSTALL = ParameterSchema.of(
            str("name", REQUIRED, "Snap name", SNAP_NAME),
            str("channel", OPTIONAL, "Channel to track; absent means the default channel", SNAP_CHANNEL),
            integer("revision", OPTIONAL, "Exact revision to install instead of the channel head",
                    range(1, Integer.MAX_VALUE)),
            flag("classic", "Install with classic confinement"));

    /** Snap activities act on a non-empty list of snaps; 100 is far above interactive use. */
    static final Constraint SNAP_COUNT = size(1, 100);
}
