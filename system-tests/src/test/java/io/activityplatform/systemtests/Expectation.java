package io.activityplatform.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** What the scenario predicts for one activity: its final status and, where it matters, its error code. */
record Expectation(UUID id, String group, String status, String errorCode) {

    static Expectation of(UUID id, String group, String status) {
        return new Expectation(id, group, status, null);
    }

    /** Null when the folded state matches, else what differs. */
    String mismatch(JsonNode state) {
        if (state == null) {
            return group + " " + id + ": missing";
        }
        String actual = state.path("status").asText();
        if (!status.equals(actual)) {
            return group + " " + id + ": expected " + status + " but was " + actual + " " + state.path("error");
        }
        if (errorCode != null && !errorCode.equals(state.path("error").path("code").asText())) {
            return group + " " + id + ": expected error " + errorCode + " but was " + state.path("error");
        }
        return null;
    }
}
