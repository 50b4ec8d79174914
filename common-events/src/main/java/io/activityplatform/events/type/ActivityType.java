package io.activityplatform.events.type;

import io.activityplatform.events.status.ActivityKind;
import java.util.Optional;

/** Temporary stand-in, replaced by the full table of 39 types. */
public enum ActivityType {
    EXECUTE_SCRIPT_REQUEST("ExecuteScriptRequest", ActivityKind.CLIENT),
    CHANGE_PACKAGES_REQUEST("ChangePackagesRequest", ActivityKind.CLIENT),
    ARCHIVE_REQUEST("ArchiveRequest", ActivityKind.SERVER),
    SYNC_POCKET_REQUEST("SyncPocketRequest", ActivityKind.SERVER),
    GENERATE_USG_REPORT_ACTIVITY("GenerateUsgReportActivity", ActivityKind.SERVER),
    REMOVE_COMPUTER_ACTIVITY("RemoveComputerActivity", ActivityKind.SERVER),
    USG_ACTIVITY("UsgActivity", ActivityKind.CLIENT);

    private final String wireName;
    private final ActivityKind kind;

    ActivityType(String wireName, ActivityKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    public String wireName() {
        return wireName;
    }

    public ActivityKind kind() {
        return kind;
    }

    public static Optional<ActivityType> fromWireName(String name) {
        for (ActivityType t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
