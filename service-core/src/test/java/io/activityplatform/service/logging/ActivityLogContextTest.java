package io.activityplatform.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Log lines about an activity carry its ids while the context is open, and only then; nesting restores. */
class ActivityLogContextTest {

    @AfterEach
    void clear() {
        MDC.remove(ActivityLogContext.ACTIVITY_ID);
        MDC.remove(ActivityLogContext.EVENT_ID);
    }

    @Test
    void theIdsAreSetWhileOpenAndGoneAfter() {
        UUID activity = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        try (ActivityLogContext ignored = ActivityLogContext.of(activity, event)) {
            assertThat(MDC.get(ActivityLogContext.ACTIVITY_ID)).isEqualTo(activity.toString());
            assertThat(MDC.get(ActivityLogContext.EVENT_ID)).isEqualTo(event.toString());
        }

        assertThat(MDC.get(ActivityLogContext.ACTIVITY_ID)).isNull();
        assertThat(MDC.get(ActivityLogContext.EVENT_ID)).isNull();
    }

    @Test
    void aNestedContextRestoresTheOuterOneWhenClosed() {
        UUID outer = UUID.randomUUID();
        UUID outerEvent = UUID.randomUUID();
        UUID inner = UUID.randomUUID();

        try (ActivityLogContext ignored = ActivityLogContext.of(outer, outerEvent)) {
            try (ActivityLogContext nested = ActivityLogContext.of(inner, null)) {
                assertThat(MDC.get(ActivityLogContext.ACTIVITY_ID)).isEqualTo(inner.toString());
                // an unknown event id must not leave the outer event's id on the inner activity's lines
                assertThat(MDC.get(ActivityLogContext.EVENT_ID)).isNull();
            }
            assertThat(MDC.get(ActivityLogContext.ACTIVITY_ID)).isEqualTo(outer.toString());
            assertThat(MDC.get(ActivityLogContext.EVENT_ID)).isEqualTo(outerEvent.toString());
        }
        assertThat(MDC.get(ActivityLogContext.ACTIVITY_ID)).isNull();
    }
}
