package io.activityplatform.service.claim;

import io.activityplatform.events.event.StatusChanged;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Where a service records a claim's event id before publishing it, so that orphan recovery (the claimer
 * stopped between publishing and acting) finds exactly the claims made to act, by event id, never by actor:
 * a claim made only to end an activity is never mistaken for one made to run it.
 */
public interface ClaimLedger {

    /** Durably notes the claim; called before it is published. */
    Uni<Void> record(StatusChanged claim);

    /** The claim lost: the note is not needed any more. */
    Uni<Void> forget(StatusChanged claim);

    /**
     * Durably notes several claims before they are published together; completes only once all are noted.
     * The default notes each on its own; a ledger in a table overrides it with one statement (issue 11).
     */
    default Uni<Void> recordAll(List<StatusChanged> claims) {
        return claims.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(claims.stream().map(this::record).toList()).andFailFast().replaceWithVoid();
    }

    /** These claims lost (never any other): their notes are not needed any more. */
    default Uni<Void> forgetAll(List<StatusChanged> claims) {
        return claims.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(claims.stream().map(this::forget).toList()).andFailFast().replaceWithVoid();
    }

    /** For claims that need no recovery beyond what the rules already decide (claim-then-end). */
    ClaimLedger NONE = new ClaimLedger() {
        @Override
        public Uni<Void> record(StatusChanged claim) {
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> forget(StatusChanged claim) {
            return Uni.createFrom().voidItem();
        }
    };
}
