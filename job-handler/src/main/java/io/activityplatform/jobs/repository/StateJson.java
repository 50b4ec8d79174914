package io.activityplatform.jobs.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.fold.ActivityState;
import java.io.UncheckedIOException;

/** The folded state as the view stores it ({@code activity_view.state}), in the event contract's JSON. */
public final class StateJson {

    private StateJson() {
    }

    public static ActivityState read(String json) {
        try {
            return EventCodec.mapper().readValue(json, ActivityState.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable activity_view.state", e);
        }
    }

    public static String write(ActivityState state) {
        try {
            return EventCodec.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
