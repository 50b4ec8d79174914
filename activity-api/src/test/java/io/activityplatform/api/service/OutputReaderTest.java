package io.activityplatform.api.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.api.rest.dto.OutputRepresentation;
import io.activityplatform.api.support.States;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tailing an activity's output by character position, without a database: the chunk from {@code from} on,
 * positions past the end give an empty chunk at the end, and anything but a position is a 400 naming
 * {@code from}.
 */
class OutputReaderTest {

    private static final String OUTPUT = "line one\nline two\n";

    /** Serves one folded state, as the view would for a caller of the right account. */
    static final class OneActivity extends ActivityReader {
        private final ActivityState state;

        OneActivity(ActivityState state) {
            super(null, null, null, null);
            this.state = state;
        }

        @Override
        public Uni<ActivityState> get(UUID id, Set<String> accounts) {
            return Uni.createFrom().item(state);
        }
    }

    private static ActivityState withOutput(String output) {
        ActivityState queued = States.state(ActivityStatus.QUEUED);
        ActivityState running = States.then(queued, States.change(queued, ActivityStatus.IN_PROGRESS, 1));
        if (output == null) {
            return running;
        }
        return States.then(running, new ProgressReported(UUID.randomUUID(), running.id(), States.T0.plusSeconds(5),
                Actor.agent("c1"), "message-system", 50, output, 1, false, null));
    }

    private static OutputRepresentation read(ActivityState state, String from) {
        return new OutputReader(new OneActivity(state)).output(state.id(), from, Set.of("acme")).await()
                .indefinitely();
    }

    @Test
    void withoutFromTheWholeOutputIsGivenWithItsLength() {
        OutputRepresentation all = read(withOutput(OUTPUT), null);

        assertThat(all.output()).isEqualTo(OUTPUT);
        assertThat(all.from()).isZero();
        assertThat(all.next()).isEqualTo(OUTPUT.length());
        assertThat(all.progressPercent()).isEqualTo(50);
        assertThat(all.sequence()).isEqualTo(1);
        assertThat(all.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
    }

    @Test
    void passingNextBackTailsOnlyWhatIsNew() {
        ActivityState state = withOutput(OUTPUT);
        OutputRepresentation first = read(state, "9");

        assertThat(first.output()).isEqualTo("line two\n");
        assertThat(first.from()).isEqualTo(9);
        OutputRepresentation tail = read(state, Integer.toString(first.next()));
        assertThat(tail.output()).isEmpty();
        assertThat(tail.from()).isEqualTo(OUTPUT.length());
    }

    @Test
    void aPositionPastTheEndIsClampedToTheEnd() {
        OutputRepresentation past = read(withOutput(OUTPUT), Integer.toString(Integer.MAX_VALUE));

        assertThat(past.output()).isEmpty();
        assertThat(past.from()).isEqualTo(OUTPUT.length());
        assertThat(past.next()).isEqualTo(OUTPUT.length());
    }

    @Test
    void noOutputYetIsAnEmptyChunk() {
        OutputRepresentation none = read(withOutput(null), " 3 ");

        assertThat(none.output()).isEmpty();
        assertThat(none.from()).isZero();
        assertThat(none.next()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "99999999999", "0x10", "+-1"})
    void anythingButAPositionIsA400NamingFrom(String from) {
        ActivityState state = withOutput(OUTPUT);

        assertThatThrownBy(() -> read(state, from)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("from");
        });
    }
}
