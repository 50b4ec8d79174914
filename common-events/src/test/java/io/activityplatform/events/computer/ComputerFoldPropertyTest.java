package io.activityplatform.events.computer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The computer lifecycle fold: examples for each rule, and a property over random event sequences (any
 * order, duplicates, events before the registration) checking what every service relies on.
 */
class ComputerFoldPropertyTest {

    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private static final String ID = "computer-1";

    private static ComputerEvent.Registered registered(boolean pending, Instant at, String title) {
        return new ComputerEvent.Registered(UUID.randomUUID(), ID, at, Actor.agent(ID), "message-system", "acme",
                title, "host-1", List.of("web", "eu"), pending);
    }

    private static ComputerEvent.Accepted accepted(Instant at) {
        return new ComputerEvent.Accepted(UUID.randomUUID(), ID, at, Actor.user("alice"), "message-system");
    }

    private static ComputerEvent.Removed removed(Instant at) {
        return new ComputerEvent.Removed(UUID.randomUUID(), ID, at, Actor.service("job-handler"), "job-handler",
                "decommissioned");
    }

    private static ComputerState fold(ComputerEvent... events) {
        ComputerState state = null;
        for (ComputerEvent event : events) {
            state = ComputerFold.apply(state, event);
        }
        return state;
    }

    @Test
    void aPendingComputerIsAcceptedThenRemoved() {
        ComputerState pending = fold(registered(true, T0, "web-1"));
        ComputerState accepted = ComputerFold.apply(pending, accepted(T0.plusSeconds(10)));
        ComputerState removed = ComputerFold.apply(accepted, removed(T0.plusSeconds(20)));

        assertThat(pending.status()).isEqualTo(ComputerState.Status.PENDING);
        assertThat(accepted.status()).isEqualTo(ComputerState.Status.ACCEPTED);
        assertThat(accepted.updatedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(removed.status()).isEqualTo(ComputerState.Status.REMOVED);
        assertThat(removed.registeredAt()).isEqualTo(T0);
        assertThat(removed.updatedAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(removed.tags()).containsExactly("web", "eu");
        assertThat(removed.accountId()).isEqualTo("acme");
    }

    @Test
    void aComputerRegisteredWithoutApprovalIsAcceptedAtOnce() {
        assertThat(fold(registered(false, T0, "web-1")).status()).isEqualTo(ComputerState.Status.ACCEPTED);
    }

    @Test
    void aSecondRegistrationChangesNothing() {
        ComputerState first = fold(registered(true, T0, "first"));

        assertThat(ComputerFold.apply(first, registered(false, T0.plusSeconds(5), "second"))).isSameAs(first);
    }

    @Test
    void eventsBeforeTheRegistrationLeaveNoComputer() {
        assertThat(fold(accepted(T0), removed(T0))).isNull();
    }

    @Test
    void acceptingAnAcceptedOrRemovedComputerChangesNothing() {
        ComputerState accepted = fold(registered(false, T0, "t"));
        ComputerState removed = fold(registered(true, T0, "t"), removed(T0.plusSeconds(1)));

        assertThat(ComputerFold.apply(accepted, accepted(T0.plusSeconds(9)))).isSameAs(accepted);
        assertThat(ComputerFold.apply(removed, accepted(T0.plusSeconds(9)))).isSameAs(removed);
        assertThat(ComputerFold.apply(removed, removed(T0.plusSeconds(9)))).isSameAs(removed);
    }

    @Test
    void tagsAreCopiedAndAbsentTagsAreEmpty() {
        List<String> tags = new ArrayList<>(List.of("a"));
        ComputerState state = new ComputerState(ID, "acme", "t", "h", tags, ComputerState.Status.ACCEPTED, T0, T0);
        tags.add("b");

        assertThat(state.tags()).containsExactly("a");
        assertThatThrownBy(() -> state.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new ComputerState(ID, "acme", "t", "h", null, ComputerState.Status.PENDING, T0, T0).tags())
                .isEmpty();
    }

    @Property(tries = 500)
    void anyEventSequenceKeepsTheLifecycleInvariants(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 25) int length) {
        Random random = new Random(seed);
        ComputerState state = null;
        ComputerState firstRegistration = null;
        boolean removedOnce = false;
        boolean acceptedOnce = false;
        for (int i = 0; i < length; i++) {
            Instant at = T0.plusSeconds(i);
            ComputerEvent event = switch (random.nextInt(4)) {
                case 0 -> registered(random.nextBoolean(), at, "title-" + i);
                case 1, 2 -> accepted(at);
                default -> removed(at);
            };
            ComputerState before = state;
            state = ComputerFold.apply(state, event);

            // deterministic: the same event on the same state gives an equal state, and applying it again is a no-op
            assertThat(ComputerFold.apply(before, event)).isEqualTo(state);
            assertThat(ComputerFold.apply(state, event)).isEqualTo(state);
            if (state == null) {
                assertThat(event).isNotInstanceOf(ComputerEvent.Registered.class);
                continue;
            }
            if (firstRegistration == null) {
                firstRegistration = state;
            }
            // what the registration said never changes afterwards
            assertThat(state.title()).isEqualTo(firstRegistration.title());
            assertThat(state.registeredAt()).isEqualTo(firstRegistration.registeredAt());
            assertThat(state.accountId()).isEqualTo("acme");
            // removal is final; acceptance is never taken back except by removal
            if (removedOnce) {
                assertThat(state.status()).isEqualTo(ComputerState.Status.REMOVED);
            }
            if (acceptedOnce) {
                assertThat(state.status()).isNotEqualTo(ComputerState.Status.PENDING);
            }
            // a changed state was changed by this very event
            if (!state.equals(before)) {
                assertThat(state.updatedAt()).isEqualTo(event.occurredAt());
            } else {
                assertThat(state).isSameAs(before);
            }
            removedOnce |= state.status() == ComputerState.Status.REMOVED;
            acceptedOnce |= state.status() == ComputerState.Status.ACCEPTED;
        }
    }
}
