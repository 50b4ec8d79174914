package io.activityplatform.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The calls of activity-api the scenario makes, with the statuses they may answer. */
final class ActivityApi {

    private final ServiceEndpoint api;

    ActivityApi(ServiceEndpoint api) {
        this.api = api;
    }

    /** Creates an activity with a client-chosen id (so a 202 still tells us the id). */
    UUID create(Map<String, Object> request) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(request);
        body.put("id", id);
        Http.Response response = Http.post(api.resolve("/activities"), body);
        if (response.status() != 201 && response.status() != 202) {
            throw new IllegalStateException("create answered " + response.status() + ": " + response.body());
        }
        return id;
    }

    /** cancel, approve or hold; answers the HTTP status (200/202 applied, 409/412 lost a race). */
    int command(UUID id, String action) {
        return Http.post(api.resolve("/activities/" + id + "/" + action), Map.of("reason", "system test")).status();
    }

    /**
     * Cancels as a client would: a 409 means another actor moved the activity between the service's read
     * and the cancel (e.g. a delivery claimed it), so re-read and cancel again while it is not final.
     * Answers the last status code.
     */
    int cancelUntilFinal(UUID id) {
        int status = command(id, "cancel");
        for (int attempt = 1; status == 409 && attempt < 10; attempt++) {
            String current = status(id);
            if (current.equals("SUCCEEDED") || current.equals("FAILED") || current.equals("CANCELED")) {
                return status;
            }
            status = command(id, "cancel");
        }
        return status;
    }

    JsonNode get(UUID id) {
        Http.Response response = Http.get(api.resolve("/activities/" + id));
        return response.status() == 200 ? response.body() : null;
    }

    /** The collected output ({@code GET /activities/{id}/output}); null unless 200. */
    JsonNode output(UUID id) {
        Http.Response response = Http.get(api.resolve("/activities/" + id + "/output"));
        return response.status() == 200 ? response.body() : null;
    }

    String status(UUID id) {
        JsonNode activity = get(id);
        return activity == null ? "MISSING" : activity.path("status").asText();
    }
}
