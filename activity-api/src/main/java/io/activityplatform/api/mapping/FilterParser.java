package io.activityplatform.api.mapping;

import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.rest.dto.FilterParams;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.type.ActivityType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Turns client filter criteria into an {@link ActivityFilter}, or a 400 naming every bad criterion. */
public final class FilterParser {

    private FilterParser() {
    }

    public static ActivityFilter parse(FilterParams p, String fieldPrefix) {
        FilterParams params = p == null ? FilterParams.NONE : p;
        Violations v = new Violations();
        Set<ActivityStatus> statuses = statuses(params.status(), fieldPrefix + "status", v);
        String type = blankToNull(params.type());
        if (type != null && ActivityType.fromWireName(type).isEmpty()) {
            v.add(fieldPrefix + "type", "unknown activity type '" + type + "'");
        }
        ActivityKind kind = kind(blankToNull(params.kind()), fieldPrefix + "kind", v);
        UUID parent = uuid(blankToNull(params.parent()), fieldPrefix + "parent", v);
        Instant after = instant(blankToNull(params.createdAfter()), fieldPrefix + "createdAfter", v);
        Instant before = instant(blankToNull(params.createdBefore()), fieldPrefix + "createdBefore", v);
        if (after != null && before != null && !after.isBefore(before)) {
            v.add(fieldPrefix + "createdBefore", "must be later than createdAfter");
        }
        v.throwIfAny();
        return new ActivityFilter(statuses, type, kind, blankToNull(params.computer()), parent,
                creator(blankToNull(params.creator())), after, before, blankToNull(params.q()));
    }

    /** A bare name is a user (a token subject); {@code kind:id} names any actor. */
    static String creator(String creator) {
        if (creator == null) {
            return null;
        }
        return creator.contains(":") ? creator : "user:" + creator;
    }

    private static Set<ActivityStatus> statuses(List<String> values, String field, Violations v) {
        Set<ActivityStatus> statuses = EnumSet.noneOf(ActivityStatus.class);
        if (values == null) {
            return statuses;
        }
        for (String value : values) {
            for (String name : value.split(",")) {
                String trimmed = name.trim().toUpperCase(Locale.ROOT);
                if (trimmed.isEmpty()) {
                    continue;
                }
                try {
                    statuses.add(ActivityStatus.valueOf(trimmed));
                } catch (IllegalArgumentException e) {
                    v.add(field, "unknown status '" + name.trim() + "', expected one of "
                            + List.of(ActivityStatus.values()));
                }
            }
        }
        return statuses;
    }

    private static ActivityKind kind(String value, String field, Violations v) {
        if (value == null) {
            return null;
        }
        try {
            return ActivityKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(field, "must be CLIENT or SERVER");
            return null;
        }
    }

    static UUID uuid(String value, String field, Violations v) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            v.add(field, "must be a UUID");
            return null;
        }
    }

    private static Instant instant(String value, String field, Violations v) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            v.add(field, "must be an ISO-8601 instant such as 2026-03-01T10:00:00Z");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
