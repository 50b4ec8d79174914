package io.activityplatform.events.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.status.ActivityKind;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityTypeCatalogueTest {

    /** Copied from seed 000 ("Types of activities"); the wire names are a public contract. */
    private static final Set<String> SEED_NAMES = Set.of(
            "ResynchronizeRequest", "CreateUserRequest", "EditUserRequest", "DeleteUserRequest",
            "CreateGroupRequest", "AddGroupMemberRequest", "RemoveGroupMemberRequest", "LockUserRequest",
            "UnlockUserRequest", "ChangePackagesRequest", "UpgradeAllPackagesRequest", "ReleaseUpgradeRequest",
            "ChangePackageProfilesRequest", "ChangeRepositoryProfilesRequest", "ChangeUpgradeProfilesRequest",
            "UpgradeKernelPackageRequest", "DowngradeKernelPackageRequest", "SignalProcessRequest",
            "ExecuteScriptRequest", "RestartRequest", "ShutdownRequest", "SyncPocketRequest", "InstallSnaps",
            "RemoveSnaps", "RefreshSnaps", "HoldSnaps", "UnholdSnaps", "StartChildComputerActivity",
            "StopChildComputerActivity", "DeleteChildComputerActivity", "SetDefaultChildComputerActivity",
            "ShutdownHostComputerActivity", "CreateChildComputerActivity", "DeleteUnmanagedWSLInstanceActivity",
            "ArchiveRequest", "UsgActivity", "GenerateUsgReportActivity", "RemoveComputerActivity",
            "AttachProRequest");

    private static final Set<String> SERVER_NAMES =
            Set.of("SyncPocketRequest", "ArchiveRequest", "GenerateUsgReportActivity", "RemoveComputerActivity");

    @Test
    void thereAreExactly39Types() {
        assertThat(ActivityType.values()).hasSize(39);
        assertThat(SEED_NAMES).hasSize(39);
    }

    @Test
    void wireNamesAreUniqueAndExactlyTheSeedList() {
        var names = Arrays.stream(ActivityType.values()).map(ActivityType::wireName).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(Set.copyOf(names)).isEqualTo(SEED_NAMES);
    }

    @Test
    void exactlyTheFourDesignatedTypesAreServerActivities() {
        Set<String> server = Arrays.stream(ActivityType.values())
                .filter(t -> t.kind() == ActivityKind.SERVER)
                .map(ActivityType::wireName)
                .collect(Collectors.toSet());
        assertThat(server).isEqualTo(SERVER_NAMES);
    }

    @ParameterizedTest
    @EnumSource(ActivityType.class)
    void fromWireNameRoundTrips(ActivityType type) {
        assertThat(ActivityType.fromWireName(type.wireName())).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "executeScriptRequest", "EXECUTESCRIPTREQUEST", "ExecuteScriptrequest",
            " ExecuteScriptRequest", "ExecuteScriptRequest ", "EXECUTE_SCRIPT_REQUEST", "NoSuchRequest"})
    void fromWireNameRejectsUnknownAndMiscasedNames(String name) {
        assertThat(ActivityType.fromWireName(name)).isEmpty();
    }

    @Test
    void fromWireNameRejectsNull() {
        assertThat(ActivityType.fromWireName(null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ActivityType.class)
    void everyTypeHasAOneLineDescriptionAndASchema(ActivityType type) {
        assertThat(type.description()).isNotBlank().doesNotContain("\n");
        assertThat(type.schema()).isNotNull();
        assertThat(type.schema().fields()).allSatisfy(f -> assertThat(f.description()).isNotBlank());
    }
}
