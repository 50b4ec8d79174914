package io.activityplatform.api.model;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.security.AccountChoice;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Which activities a list, a stream or a bulk command is about. Every criterion is optional; the list query
 * renders it as SQL and the stream tests it in memory with {@link #matches}, so both agree.
 *
 * @param statuses      any of these statuses; empty means any
 * @param creator       the creating actor as {@code kind:id}, e.g. {@code user:alice}
 * @param createdAfter  created at or after (inclusive)
 * @param createdBefore created strictly before (exclusive), so consecutive windows never overlap
 * @param text          case-insensitive text contained in the summary
 * @param accounts      owned by one of these accounts (tenancy); null only for the service's own background
 *                      work, never for a caller's request ({@link #within})
 */
public record ActivityFilter(Set<ActivityStatus> statuses, String type, ActivityKind kind, String computerId,
        UUID parentId, String creator, Instant createdAfter, Instant createdBefore, String text, Set<String> accounts) {

    public static final ActivityFilter ALL = new ActivityFilter(Set.of(), null, null, null, null, null, null, null,
            null);

    public ActivityFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        accounts = accounts == null ? null : Set.copyOf(accounts);
    }

    /** Any account: for the service's own work and for tests of the other criteria. */
    public ActivityFilter(Set<ActivityStatus> statuses, String type, ActivityKind kind, String computerId,
            UUID parentId, String creator, Instant createdAfter, Instant createdBefore, String text) {
        this(statuses, type, kind, computerId, parentId, creator, createdAfter, createdBefore, text, null);
    }

    /** The same criteria, restricted to activities of {@code callerAccounts}: what a caller may see. */
    public ActivityFilter within(Set<String> callerAccounts) {
        return new ActivityFilter(statuses, type, kind, computerId, parentId, creator, createdAfter, createdBefore,
                text, callerAccounts);
    }

    public static ActivityFilter ofParent(UUID parentId) {
        return new ActivityFilter(Set.of(), null, null, null, parentId, null, null, null, null);
    }

    public boolean matches(ActivityState state) {
        return matches(state, state.status());
    }

    /**
     * As {@link #matches(ActivityState)} with {@code status} in place of the state's: for an event judged by
     * the status right after it while the state has moved on (a stream fed from another replica's history).
     */
    public boolean matches(ActivityState state, ActivityStatus status) {
        var d = state.definition();
        return (accounts == null || AccountChoice.visible(accounts, state.accountId()))
                && (statuses.isEmpty() || statuses.contains(status))
                && (type == null || type.equals(d.type()))
                && (kind == null || kind == state.kind())
                && (computerId == null || computerId.equals(d.computerId()))
                && (parentId == null || parentId.equals(d.parentId()))
                && (creator == null || creator.equals(state.createdBy().toString()))
                && (createdAfter == null || !state.createdAt().isBefore(createdAfter))
                && (createdBefore == null || state.createdAt().isBefore(createdBefore))
                && (text == null || containsIgnoringCase(d.summary(), text));
    }

    private static boolean containsIgnoringCase(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
