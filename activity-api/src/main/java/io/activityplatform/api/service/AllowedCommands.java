package io.activityplatform.api.service;

import io.activityplatform.api.model.Command;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The commands an activity's current status allows, as the command endpoints would judge them (without
 * If-Match): clients show exactly these actions instead of re-typing the state table. Pure.
 */
public final class AllowedCommands {

    /** The manual retry's command name ({@code POST /activities/{id}/retry}). */
    public static final String RETRY = "retry";

    private AllowedCommands() {
    }

    /** Names of the allowed commands, lower case as in their paths: cancel, approve, hold, retry. */
    public static List<String> of(ActivityState state) {
        List<String> allowed = new ArrayList<>();
        for (Command command : Command.values()) {
            if (CommandPlanner.allows(command, state)) {
                allowed.add(command.name().toLowerCase(Locale.ROOT));
            }
        }
        if (retriable(state.status())) {
            allowed.add(RETRY);
        }
        return List.copyOf(allowed);
    }

    /** Only a FAILED or CANCELED activity gets a manual next attempt. */
    public static boolean retriable(ActivityStatus status) {
        return status == ActivityStatus.FAILED || status == ActivityStatus.CANCELED;
    }
}
