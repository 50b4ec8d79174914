package io.activityplatform.events.computer;

import io.activityplatform.events.event.ComputerEvent;

/**
 * The computer lifecycle fold, pure like the activity fold: returns the new state, or the unchanged one
 * when the event does not apply (a second registration, accepting a computer that is not pending,
 * removing one twice).
 */
public final class ComputerFold {

    private ComputerFold() {
    }

    public static ComputerState apply(ComputerState current, ComputerEvent event) {
        if (event instanceof ComputerEvent.Registered r) {
            if (current != null) {
                return current;
            }
            return new ComputerState(r.computerId(), r.accountId(), r.title(), r.hostname(), r.tags(),
                    r.pending() ? ComputerState.Status.PENDING : ComputerState.Status.ACCEPTED, r.occurredAt(),
                    r.occurredAt());
        }
        if (current == null) {
            return null;
        }
        if (event instanceof ComputerEvent.Accepted a && current.status() == ComputerState.Status.PENDING) {
            return withStatus(current, ComputerState.Status.ACCEPTED, a);
        }
        if (event instanceof ComputerEvent.Removed r && current.status() != ComputerState.Status.REMOVED) {
            return withStatus(current, ComputerState.Status.REMOVED, r);
        }
        return current;
    }

    private static ComputerState withStatus(ComputerState c, ComputerState.Status status, ComputerEvent event) {
        return new ComputerState(c.id(), c.accountId(), c.title(), c.hostname(), c.tags(), status,
                c.registeredAt(), event.occurredAt());
    }
}
