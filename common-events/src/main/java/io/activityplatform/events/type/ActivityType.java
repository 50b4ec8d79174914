package io.activityplatform.events.type;

import static io.activityplatform.events.status.ActivityKind.CLIENT;
import static io.activityplatform.events.status.ActivityKind.SERVER;
import static io.activityplatform.events.type.Fields.*;

import io.activityplatform.events.status.ActivityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 39 activity types of Landscape (seed {@code 000}), each with its wire name, its fixed kind (design brief
 * §2: four server types, the rest run on computers) and the schema of its parameters.
 *
 * <p>The wire name, not the Java constant name, is the contract: it appears in events, in the REST API and in
 * messages to agents, so it must never change; constants may be renamed freely.
 */
public enum ActivityType {

    RESYNCHRONIZE_REQUEST("ResynchronizeRequest", CLIENT,
            "Makes the computer re-send all its reported data (packages, hardware, users...)",
            ParameterSchema.of(
                    strings("scopes", OPTIONAL, "Data scopes to re-send, e.g. package, hardware; absent means all",
                            SLUG))),
    CREATE_USER_REQUEST("CreateUserRequest", CLIENT, "Creates a local user account on the computer",
            ParameterSchema.of(concat(new ParameterField[] {username(REQUIRED)}, userAttributes(),
                    strings("groups", OPTIONAL, "Supplementary groups to add the user to", GROUP_NAME)))),
    EDIT_USER_REQUEST("EditUserRequest", CLIENT, "Changes attributes of a local user; absent ones stay as they are",
            ParameterSchema.of(concat(new ParameterField[] {username(REQUIRED)}, userAttributes()))),
    DELETE_USER_REQUEST("DeleteUserRequest", CLIENT, "Deletes a local user account",
            ParameterSchema.of(username(REQUIRED), flag("deleteHome", "Also delete the user's home directory"))),
    CREATE_GROUP_REQUEST("CreateGroupRequest", CLIENT, "Creates a local group",
            ParameterSchema.of(groupName())),
    ADD_GROUP_MEMBER_REQUEST("AddGroupMemberRequest", CLIENT, "Adds a local user to a local group",
            ParameterSchema.of(username(REQUIRED), groupName())),
    REMOVE_GROUP_MEMBER_REQUEST("RemoveGroupMemberRequest", CLIENT, "Removes a local user from a local group",
            ParameterSchema.of(username(REQUIRED), groupName())),
    LOCK_USER_REQUEST("LockUserRequest", CLIENT, "Locks a local user account so it cannot log in",
            ParameterSchema.of(username(REQUIRED))),
    UNLOCK_USER_REQUEST("UnlockUserRequest", CLIENT, "Unlocks a previously locked local user account",
            ParameterSchema.of(username(REQUIRED))),

    CHANGE_PACKAGES_REQUEST("ChangePackagesRequest", CLIENT, "Installs, removes, holds or unholds Debian packages",
            ParameterSchema.of(
                    strings("install", OPTIONAL, "Packages to install or upgrade, name[:arch][=version]", PACKAGE),
                    strings("remove", OPTIONAL, "Packages to remove", PACKAGE),
                    strings("hold", OPTIONAL, "Packages to hold at their installed version", PACKAGE),
                    strings("unhold", OPTIONAL, "Packages to release from a hold", PACKAGE),
                    rebootIfNecessary())
                    .requireAtLeastOneOf("install", "remove", "hold", "unhold")),
    UPGRADE_ALL_PACKAGES_REQUEST("UpgradeAllPackagesRequest", CLIENT, "Upgrades every upgradable package",
            ParameterSchema.of(
                    flag("securityOnly", "Apply security updates only"),
                    flag("autoremove", "Remove packages that are no longer needed afterwards"),
                    rebootIfNecessary())),
    RELEASE_UPGRADE_REQUEST("ReleaseUpgradeRequest", CLIENT, "Upgrades the computer to another Ubuntu release",
            ParameterSchema.of(
                    str("codeName", REQUIRED, "Code name of the target release, e.g. noble", ARCHIVE_NAME),
                    flag("allowThirdParty", "Keep third-party sources enabled during the upgrade"),
                    rebootIfNecessary())),
    CHANGE_PACKAGE_PROFILES_REQUEST("ChangePackageProfilesRequest", CLIENT,
            "Replaces the set of package profiles (required and forbidden packages) applied to the computer",
            ParameterSchema.of(
                    objects("profiles", REQUIRED, "The complete new set; empty removes all profiles",
                            ParameterSchema.of(
                                    str("name", REQUIRED, "Profile name", NOT_BLANK, maxLength(128)),
                                    strings("depends", OPTIONAL, "Package relations that must hold, e.g. "
                                            + "'nginx (>= 1.24)'", NOT_BLANK, maxLength(10_000)),
                                    strings("conflicts", OPTIONAL, "Package relations that must not hold",
                                            NOT_BLANK, maxLength(10_000))),
                            size(0, 100)))),
    CHANGE_REPOSITORY_PROFILES_REQUEST("ChangeRepositoryProfilesRequest", CLIENT,
            "Replaces the APT sources and signing keys managed on the computer",
            ParameterSchema.of(
                    objects("sources", REQUIRED, "The complete set of managed source files; empty removes all",
                            ParameterSchema.of(
                                    str("name", REQUIRED, "Source file name, without directory or extension",
                                            FILE_NAME),
                                    str("content", REQUIRED, "The file's content, one-line or deb822 style",
                                            NOT_BLANK, maxLength(64 * 1024))),
                            size(0, 200)),
                    strings("gpgKeys", OPTIONAL, "ASCII-armored public keys the sources are signed with",
                            NOT_BLANK, maxLength(200)),
                    strings("profiles", OPTIONAL, "Names of the repository profiles this set comes from",
                            NOT_BLANK, maxLength(100)))),
    CHANGE_UPGRADE_PROFILES_REQUEST("ChangeUpgradeProfilesRequest", CLIENT,
            "Replaces the automatic-upgrade policies (unattended upgrades) applied to the computer",
            ParameterSchema.of(
                    objects("profiles", REQUIRED, "The complete new set; empty disables automatic upgrades",
                            ParameterSchema.of(
                                    str("name", REQUIRED, "Profile name", NOT_BLANK, maxLength(128)),
                                    choice("upgradeType", OPTIONAL, "Which updates to apply, default all",
                                            "all", "security"),
                                    flag("autoremove", "Remove packages that are no longer needed")),
                            size(0, 100)))),
    UPGRADE_KERNEL_PACKAGE_REQUEST("UpgradeKernelPackageRequest", CLIENT, "Upgrades the kernel package",
            ParameterSchema.of(
                    str("version", OPTIONAL, "Kernel version to install; absent means the newest available",
                            KERNEL_VERSION),
                    rebootIfNecessary())),
    DOWNGRADE_KERNEL_PACKAGE_REQUEST("DowngradeKernelPackageRequest", CLIENT,
            "Reverts to an older installed kernel version",
            ParameterSchema.of(
                    str("version", REQUIRED, "Kernel version to go back to", KERNEL_VERSION),
                    rebootIfNecessary())),
    SIGNAL_PROCESS_REQUEST("SignalProcessRequest", CLIENT,
            "Sends a signal to a process, identified by pid, by name, or by both (then both must match)",
            ParameterSchema.of(
                    integer("pid", OPTIONAL, "Process id", range(1, 4_194_304)),
                    str("name", OPTIONAL, "Process name (comm)", NOT_BLANK, maxLength(256)),
                    choice("signal", REQUIRED, "Signal to send",
                            "TERM", "KILL", "HUP", "INT", "QUIT", "USR1", "USR2", "STOP", "CONT"))
                    .requireAtLeastOneOf("pid", "name")),
    EXECUTE_SCRIPT_REQUEST("ExecuteScriptRequest", CLIENT, "Runs a script on the computer",
            ParameterSchema.of(
                    str("interpreter", REQUIRED, "Interpreter to run the code with, e.g. /bin/sh",
                            NOT_BLANK, maxLength(256)),
                    str("code", REQUIRED, "The script's source", NOT_BLANK, MAX_TEXT),
                    str("username", OPTIONAL, "User to run as; absent means root", USER_NAME),
                    integer("timeLimitSeconds", OPTIONAL, "Kill the script after this many seconds",
                            range(1, 86_400)),
                    stringMap("attachments", OPTIONAL, "Plain file name to content, written to a directory "
                            + "whose path the script gets in $LANDSCAPE_ATTACHMENTS", size(0, 32)))),
    RESTART_REQUEST("RestartRequest", CLIENT, "Restarts the computer",
            ParameterSchema.of(delayMinutes())),
    SHUTDOWN_REQUEST("ShutdownRequest", CLIENT, "Powers the computer off",
            ParameterSchema.of(delayMinutes())),
    SYNC_POCKET_REQUEST("SyncPocketRequest", SERVER,
            "Synchronises a pocket of a repository mirror from its upstream archive",
            ParameterSchema.of(
                    str("distribution", REQUIRED, "Distribution the pocket belongs to, e.g. ubuntu", ARCHIVE_NAME),
                    str("series", REQUIRED, "Series, e.g. noble", ARCHIVE_NAME),
                    str("pocket", REQUIRED, "Pocket, e.g. release, updates or security", ARCHIVE_NAME),
                    strings("components", OPTIONAL, "Components to sync; absent means the pocket's configured ones",
                            ARCHIVE_NAME),
                    strings("architectures", OPTIONAL, "Architectures to sync; absent means the configured ones",
                            ARCHIVE_NAME),
                    str("mirrorUri", OPTIONAL, "Upstream to sync from; absent means the pocket's configured mirror",
                            HTTP_URL))),

    INSTALL_SNAPS("InstallSnaps", CLIENT, "Installs snaps",
            ParameterSchema.of(objects("snaps", REQUIRED, "Snaps to install", SNAP_INSTALL, SNAP_COUNT))),
    REMOVE_SNAPS("RemoveSnaps", CLIENT, "Removes snaps",
            ParameterSchema.of(objects("snaps", REQUIRED, "Snaps to remove", SNAP, SNAP_COUNT))),
    REFRESH_SNAPS("RefreshSnaps", CLIENT, "Refreshes snaps, optionally switching channel or revision",
            ParameterSchema.of(objects("snaps", REQUIRED, "Snaps to refresh", SNAP_RELEASE, SNAP_COUNT))),
    HOLD_SNAPS("HoldSnaps", CLIENT, "Stops automatic refreshes of snaps",
            ParameterSchema.of(objects("snaps", REQUIRED, "Snaps to hold", SNAP, SNAP_COUNT))),
    UNHOLD_SNAPS("UnholdSnaps", CLIENT, "Re-enables automatic refreshes of held snaps",
            ParameterSchema.of(objects("snaps", REQUIRED, "Snaps to release", SNAP, SNAP_COUNT))),

    START_CHILD_COMPUTER_ACTIVITY("StartChildComputerActivity", CLIENT, "Starts a child instance (WSL/LXD) on a host",
            ParameterSchema.of(childName())),
    STOP_CHILD_COMPUTER_ACTIVITY("StopChildComputerActivity", CLIENT, "Stops a child instance on a host",
            ParameterSchema.of(childName())),
    DELETE_CHILD_COMPUTER_ACTIVITY("DeleteChildComputerActivity", CLIENT, "Deletes a managed child instance",
            ParameterSchema.of(childName())),
    SET_DEFAULT_CHILD_COMPUTER_ACTIVITY("SetDefaultChildComputerActivity", CLIENT,
            "Makes a child instance the host's default one", ParameterSchema.of(childName())),
    SHUTDOWN_HOST_COMPUTER_ACTIVITY("ShutdownHostComputerActivity", CLIENT,
            "Shuts down all child instances of a host (wsl --shutdown)", ParameterSchema.of()),
    CREATE_CHILD_COMPUTER_ACTIVITY("CreateChildComputerActivity", CLIENT, "Creates a child instance on a host",
            ParameterSchema.of(
                    childName(),
                    str("image", REQUIRED, "Image (distribution) to create it from, e.g. Ubuntu-24.04", CHILD_NAME),
                    str("rootfsUrl", OPTIONAL, "Custom root file system to import instead of the image's",
                            HTTP_URL),
                    str("cloudInit", OPTIONAL, "cloud-init user data applied at first boot", MAX_TEXT))),
    DELETE_UNMANAGED_WSL_INSTANCE_ACTIVITY("DeleteUnmanagedWSLInstanceActivity", CLIENT,
            "Deletes a WSL instance that is not registered as a computer", ParameterSchema.of(childName())),

    ARCHIVE_REQUEST("ArchiveRequest", SERVER,
            "Archives finished activities older than a cutoff; the manifest rides in the result",
            ParameterSchema.of(
                    integer("olderThanDays", REQUIRED, "Archive activities that finished this many days ago or "
                            + "earlier, counted from when the job runs", range(0, 36_500)),
                    strings("statuses", OPTIONAL, "Final statuses to archive; absent means all final statuses",
                            new Constraint.OneOf(List.of("SUCCEEDED", "FAILED", "CANCELED"))))),
    USG_ACTIVITY("UsgActivity", CLIENT, "Audits or fixes the computer against a security profile with the "
            + "Ubuntu Security Guide",
            ParameterSchema.of(
                    str("profile", OPTIONAL, "Benchmark profile, e.g. cis_level1_server or disa_stig", SLUG),
                    choice("mode", REQUIRED, "audit only reports, fix changes the system", "audit", "fix"),
                    str("tailoringFile", OPTIONAL, "Content of an XCCDF tailoring file (it names its profile)",
                            NOT_BLANK, MAX_TEXT))
                    .requireAtLeastOneOf("profile", "tailoringFile")),
    GENERATE_USG_REPORT_ACTIVITY("GenerateUsgReportActivity", SERVER,
            "Builds a compliance report from USG audit results; the report rides in the result",
            ParameterSchema.of(
                    str("profile", OPTIONAL, "Only results of this profile; absent means all", SLUG),
                    strings("computerIds", OPTIONAL, "Only these computers; absent means all",
                            NOT_BLANK, COMPUTER_ID),
                    choice("format", OPTIONAL, "Report format, default csv", "csv", "json"))),
    REMOVE_COMPUTER_ACTIVITY("RemoveComputerActivity", SERVER, "Removes a computer and its data from the platform",
            ParameterSchema.of(str("computerId", REQUIRED, "Id of the computer to remove", NOT_BLANK, COMPUTER_ID))),
    ATTACH_PRO_REQUEST("AttachProRequest", CLIENT, "Attaches the computer to an Ubuntu Pro subscription",
            ParameterSchema.of(
                    str("token", REQUIRED, "Ubuntu Pro contract token",
                            matches("[A-Za-z0-9_-]{8,128}", "an Ubuntu Pro token (letters and digits)",
                                    "C1abcdefghijklmnopqrstuvwxyz")),
                    strings("enableServices", OPTIONAL, "Services to enable, e.g. esm-infra, livepatch; absent "
                            + "means the contract's defaults", SLUG)));

    private static final Map<String, ActivityType> BY_WIRE_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ActivityType::wireName, Function.identity()));

    private final String wireName;
    private final ActivityKind kind;
    private final String description;
    private final ParameterSchema schema;

    ActivityType(String wireName, ActivityKind kind, String description, ParameterSchema schema) {
        this.wireName = Objects.requireNonNull(wireName);
        this.kind = Objects.requireNonNull(kind);
        this.description = Objects.requireNonNull(description);
        this.schema = Objects.requireNonNull(schema);
    }

    /** The name used in events, the REST API and agent messages, e.g. {@code ExecuteScriptRequest}. */
    public String wireName() {
        return wireName;
    }

    public ActivityKind kind() {
        return kind;
    }

    public ParameterSchema schema() {
        return schema;
    }

    /** One line saying what the activity does. */
    public String description() {
        return description;
    }

    /** The type with exactly this wire name (case-sensitive, as the wire format is). */
    public static Optional<ActivityType> fromWireName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_WIRE_NAME.get(name));
    }
}
