package io.activityplatform.api.security;

import static io.restassured.RestAssured.given;

import io.activityplatform.api.support.SseClient;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Tries every read path (and the commands that would reveal an object) to learn whether another account's
 * activity, group, schedule and calendar exist: for one object, the answer about it must equal the answer about
 * a random id in everything but the id; for lists, counts, bulk selections and the admin view, it must be
 * absent. {@link #leaks} names each path where the caller could tell, so a test can assert there is none, and a
 * planted-fault test can show the probe does report a visible object.
 */
final class TenancyProbe {

    /** Another account's objects: an activity, the parent of a group, a schedule, a calendar; a unique summary. */
    record Foreign(UUID activity, UUID parent, String summary, UUID schedule, String calendar) {
    }

    private final String token;
    private final List<String> leaks = new ArrayList<>();

    private TenancyProbe(String token) {
        this.token = token;
    }

    /** Every path on which {@code token}'s holder could tell that {@code foreign}'s objects exist. */
    static List<String> leaks(String token, Foreign foreign) {
        TenancyProbe probe = new TenancyProbe(token);
        probe.singleObjects(foreign);
        probe.collections(foreign);
        return probe.leaks;
    }

    private void singleObjects(Foreign f) {
        UUID random = UUID.randomUUID();
        for (String path : List.of("/activities/%s", "/activities/%s/history", "/activities/%s/output",
                "/activities/%s/result/artifacts/a.txt", "/activities/%s/attempts", "/admin/view/activities/%s")) {
            sameAsMissing("GET " + path, get(path.formatted(f.activity())), get(path.formatted(random)),
                    f.activity(), random);
        }
        sameAsMissing("GET /activities/{parent}/summary", get("/activities/" + f.parent() + "/summary"),
                get("/activities/" + random + "/summary"), f.parent(), random);
        for (String command : List.of("cancel", "approve", "hold", "retry")) {
            String path = "/activities/%s/" + command;
            sameAsMissing("POST " + path, post(path.formatted(f.activity()), null),
                    post(path.formatted(random), null), f.activity(), random);
        }
        try (SseClient theirs = SseClient.open("/activities/" + f.activity() + "/stream", auth());
                SseClient none = SseClient.open("/activities/" + random + "/stream", auth())) {
            if (theirs.status() != none.status()) {
                leaks.add("GET /activities/{id}/stream: " + theirs.status() + " vs " + none.status());
            }
        }
        Map<String, Object> waiting = Map.of("type", "ArchiveRequest", "parameters", Map.of("olderThanDays", 30),
                "waitFor", Map.of("activityId", f.activity().toString(), "until", "FINISHED"));
        Map<String, Object> waitingRandom = Map.of("type", "ArchiveRequest", "parameters",
                Map.of("olderThanDays", 30), "waitFor", Map.of("activityId", random.toString(), "until", "FINISHED"));
        sameAsMissing("POST /activities waitFor", post("/activities", waiting), post("/activities", waitingRandom),
                f.activity(), random);
        sameAsMissing("GET /schedules/{id}", get("/schedules/" + f.schedule()), get("/schedules/" + random),
                f.schedule(), random);
        sameAsMissing("GET /schedules/{id}/firings", get("/schedules/" + f.schedule() + "/firings"),
                get("/schedules/" + random + "/firings"), f.schedule(), random);
        sameAsMissing("POST /schedules/{id}/deactivate", post("/schedules/" + f.schedule() + "/deactivate", null),
                post("/schedules/" + random + "/deactivate", null), f.schedule(), random);
        String noCalendar = "none-" + random;
        sameAsMissing("GET /calendars/{name}", get("/calendars/" + f.calendar()), get("/calendars/" + noCalendar),
                f.calendar(), noCalendar);
    }

    private void collections(Foreign f) {
        absent("GET /activities?q", get("/activities?q=" + f.summary()), "items.id", f.activity());
        absent("GET /activities?parent", get("/activities?parent=" + f.parent()), "items.parentId", f.parent());
        absent("GET /admin/view/activities", get("/admin/view/activities?limit=5000"), "items.id", f.activity());
        absent("GET /schedules", get("/schedules?limit=500"), "items.id", f.schedule());
        absent("GET /calendars", get("/calendars?limit=500"), "items.name", f.calendar());
        Object counted = get("/activities/counts?q=" + f.summary()).path("total");
        if (!Objects.equals(counted, 0)) {
            leaks.add("GET /activities/counts: total " + counted);
        }
        ExtractableResponse<Response> byIds = post("/activities/bulk/cancel",
                Map.of("ids", List.of(f.activity()), "dryRun", true));
        if (byIds.statusCode() != 403 && !"NOT_FOUND".equals(byIds.path("items[0].outcome"))) {
            leaks.add("POST /activities/bulk/cancel ids (dry run): " + byIds.path("items[0].outcome"));
        }
        absent("POST /activities/bulk/cancel filter (dry run)", post("/activities/bulk/cancel",
                Map.of("filter", Map.of("q", f.summary()), "dryRun", true)), "items.id", f.activity());
    }

    private void sameAsMissing(String path, ExtractableResponse<Response> theirs, ExtractableResponse<Response> none,
            Object theirId, Object noneId) {
        String a = theirs.statusCode() + " " + theirs.body().asString().replace(String.valueOf(theirId), "X");
        String b = none.statusCode() + " " + none.body().asString().replace(String.valueOf(noneId), "X");
        if (!a.equals(b)) {
            leaks.add(path + ": " + a + " vs " + b);
        }
    }

    /** The list at {@code field} of the answer does not hold {@code id}; a role too low to ask (403) sees none. */
    private void absent(String path, ExtractableResponse<Response> answer, String field, Object id) {
        if (answer.statusCode() == 403) {
            return;
        }
        Object listed = answer.statusCode() == 200 ? answer.path(field) : null;
        if (!(listed instanceof List<?> values)) {
            leaks.add(path + ": no list in the answer (" + listed + ")");
        } else if (values.contains(String.valueOf(id))) {
            leaks.add(path + ": lists " + id);
        }
    }

    private RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private ExtractableResponse<Response> get(String path) {
        return request().get(path).then().extract();
    }

    private ExtractableResponse<Response> post(String path, Object body) {
        RequestSpecification request = request();
        return (body == null ? request : request.body(body)).post(path).then().extract();
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + token);
    }
}
