package io.activityplatform.api.security;

import static io.activityplatform.service.security.AuthorizationMatrix.Endpoint.get;
import static io.activityplatform.service.security.AuthorizationMatrix.Endpoint.send;
import static io.activityplatform.service.security.AuthorizationMatrix.Endpoint.stream;
import static io.activityplatform.service.security.AuthorizationMatrix.UNIQUE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.security.AuthorizationMatrix.Endpoint;
import io.activityplatform.service.security.AuthorizationMatrix;
import io.activityplatform.service.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every activity-api endpoint × every kind of caller: no or invalid token → 401, a role too low → 403, an
 * allowed role → the endpoint's answer (404 for an object that does not exist, 2xx otherwise).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class AuthorizationMatrixTest {

    static final String SCHEDULE = """
            {"name":"nightly-{{unique}}","template":{"type":"ExecuteScriptRequest","computerIds":["c-1"],
             "parameters":{"interpreter":"/bin/sh","code":"true"}},"dayOfWeek":"1111111",
             "triggerTimes":["08:30"],"timezone":"UTC","active":false}""";

    @Inject
    LogDriver log;

    List<Endpoint> endpoints() {
        String computer = log.computer();
        String id = UUID.randomUUID().toString();
        String script = "{\"type\":\"ExecuteScriptRequest\",\"computerId\":\"" + computer
                + "\",\"parameters\":{\"interpreter\":\"/bin/sh\",\"code\":\"true\"}}";
        String bulk = "{\"ids\":[\"" + id + "\"]}";
        return List.of(
                get("/activities", "/activities", Roles.VIEWER, 200),
                get("/activities/{id}", "/activities/" + id, Roles.VIEWER, 404),
                get("/activities/{id}/summary", "/activities/" + id + "/summary", Roles.VIEWER, 404),
                get("/activities/{id}/history", "/activities/" + id + "/history", Roles.VIEWER, 404),
                get("/activities/{id}/output", "/activities/" + id + "/output", Roles.VIEWER, 404),
                get("/activities/{id}/result/artifacts/{name}", "/activities/" + id + "/result/artifacts/a.txt",
                        Roles.VIEWER, 404),
                get("/activities/{id}/attempts", "/activities/" + id + "/attempts", Roles.VIEWER, 404),
                stream("/activities/stream", "/activities/stream", Roles.VIEWER, 200),
                stream("/activities/{id}/stream", "/activities/" + id + "/stream", Roles.VIEWER, 404),
                get("/computers", "/computers", Roles.VIEWER, 200),
                get("/computers/{id}", "/computers/" + computer, Roles.VIEWER, 200),
                send("POST", "/activities", "/activities", script, Roles.OPERATOR, 201),
                send("POST", "/activities/bulk/create", "/activities/bulk/create",
                        "{\"activities\":[" + script + "]}", Roles.OPERATOR, 201),
                send("POST", "/activities/{id}/cancel", "/activities/" + id + "/cancel", null, Roles.OPERATOR, 404),
                send("POST", "/activities/{id}/approve", "/activities/" + id + "/approve", null, Roles.OPERATOR,
                        404),
                send("POST", "/activities/{id}/hold", "/activities/" + id + "/hold", null, Roles.OPERATOR, 404),
                send("POST", "/activities/{id}/retry", "/activities/" + id + "/retry", null, Roles.OPERATOR, 404),
                send("POST", "/activities/bulk/cancel", "/activities/bulk/cancel", bulk, Roles.OPERATOR, 200),
                send("POST", "/activities/bulk/approve", "/activities/bulk/approve", bulk, Roles.OPERATOR, 200),
                get("/schedules", "/schedules", Roles.VIEWER, 200),
                get("/schedules/{id}", "/schedules/" + id, Roles.VIEWER, 404),
                get("/schedules/{id}/firings", "/schedules/" + id + "/firings", Roles.VIEWER, 404),
                send("POST", "/schedules", "/schedules", SCHEDULE, Roles.OPERATOR, 201),
                send("PUT", "/schedules/{id}", "/schedules/" + id, SCHEDULE, Roles.OPERATOR, 404),
                send("DELETE", "/schedules/{id}", "/schedules/" + id, null, Roles.OPERATOR, 404),
                send("POST", "/schedules/{id}/activate", "/schedules/" + id + "/activate", null, Roles.OPERATOR,
                        404),
                send("POST", "/schedules/{id}/deactivate", "/schedules/" + id + "/deactivate", null,
                        Roles.OPERATOR, 404),
                get("/calendars", "/calendars", Roles.VIEWER, 200),
                get("/calendars/{name}", "/calendars/none-" + id, Roles.VIEWER, 404),
                send("POST", "/calendars", "/calendars", "{\"name\":\"cal-{{unique}}\",\"dates\":[\"2027-01-01\"]}",
                        Roles.OPERATOR, 201),
                send("PUT", "/calendars/{name}", "/calendars/none-" + id, "{\"dates\":[\"2027-01-01\"]}",
                        Roles.OPERATOR, 404),
                send("DELETE", "/calendars/{name}", "/calendars/none-" + id, null, Roles.OPERATOR, 404),
                get("/admin/projection", "/admin/projection", Roles.ADMIN, 200),
                send("POST", "/admin/projection/rebuild", "/admin/projection/rebuild", null, Roles.ADMIN, 200),
                get("/admin/view/activities", "/admin/view/activities?limit=1", Roles.ADMIN, 200),
                get("/admin/view/activities/{id}", "/admin/view/activities/" + id, Roles.ADMIN, 404),
                get("/activities/counts", "/activities/counts", Roles.VIEWER, 200),
                get("/activity-types", "/activity-types", Roles.VIEWER, 200),
                get("/activity-types/{name}", "/activity-types/ExecuteScriptRequest", Roles.VIEWER, 200),
                // public: the console's settings load before sign-in; the event contract is documentation
                get("/console/config.json", "/console/config.json", null, 200),
                get("/schemas/events/v1/{file}", "/schemas/events/v1/asyncapi.yaml", null, 200));
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsRoleSays() {
        AuthorizationMatrix.check(endpoints());
    }

    /**
     * The "user of another account" column: every endpoint about an existing object of the test account, called
     * by a user of another account with the endpoint's role, answers as if the object did not exist.
     */
    @Test
    void aUserOfAnotherAccountGetsWhatAMissingObjectGets() {
        String computer = log.computer();
        String script = "{\"type\":\"ExecuteScriptRequest\",\"computerId\":\"" + computer
                + "\",\"requireApproval\":true,\"parameters\":{\"interpreter\":\"/bin/sh\",\"code\":\"true\"}}";
        String id = given().contentType("application/json").body(script).post("/activities").then().statusCode(201)
                .extract().path("id");
        String parent = given().contentType("application/json").body(script.replace("\"computerId\":\"" + computer
                + "\"", "\"computerIds\":[\"" + computer + "\"]")).post("/activities").then().statusCode(201)
                .extract().path("parentId");
        String schedule = given().contentType("application/json").body(SCHEDULE.replace(UNIQUE, id))
                .post("/schedules").then().statusCode(201).extract().path("id");
        String calendar = "cal-" + id;
        given().contentType("application/json").body("{\"name\":\"" + calendar + "\",\"dates\":[\"2027-01-01\"]}")
                .post("/calendars").then().statusCode(201);
        String bulk = "{\"ids\":[\"" + id + "\"],\"dryRun\":true}";

        AuthorizationMatrix.checkOtherAccount(List.of(
                get("/activities/{id}", "/activities/" + id, Roles.VIEWER, 404),
                get("/activities/{id}/summary", "/activities/" + parent + "/summary", Roles.VIEWER, 404),
                get("/activities/{id}/history", "/activities/" + id + "/history", Roles.VIEWER, 404),
                get("/activities/{id}/output", "/activities/" + id + "/output", Roles.VIEWER, 404),
                get("/activities/{id}/result/artifacts/{name}", "/activities/" + id + "/result/artifacts/a.txt",
                        Roles.VIEWER, 404),
                get("/activities/{id}/attempts", "/activities/" + id + "/attempts", Roles.VIEWER, 404),
                stream("/activities/{id}/stream", "/activities/" + id + "/stream", Roles.VIEWER, 404),
                get("/computers/{id}", "/computers/" + computer, Roles.VIEWER, 404),
                send("POST", "/activities/{id}/cancel", "/activities/" + id + "/cancel", null, Roles.OPERATOR, 404),
                send("POST", "/activities/{id}/approve", "/activities/" + id + "/approve", null, Roles.OPERATOR,
                        404),
                send("POST", "/activities/{id}/hold", "/activities/" + id + "/hold", null, Roles.OPERATOR, 404),
                send("POST", "/activities/{id}/retry", "/activities/" + id + "/retry", null, Roles.OPERATOR, 404),
                send("POST", "/activities/bulk/cancel", "/activities/bulk/cancel", bulk, Roles.OPERATOR, 200),
                get("/schedules/{id}", "/schedules/" + schedule, Roles.VIEWER, 404),
                get("/schedules/{id}/firings", "/schedules/" + schedule + "/firings", Roles.VIEWER, 404),
                send("PUT", "/schedules/{id}", "/schedules/" + schedule, SCHEDULE, Roles.OPERATOR, 404),
                send("POST", "/schedules/{id}/activate", "/schedules/" + schedule + "/activate", null,
                        Roles.OPERATOR, 404),
                send("POST", "/schedules/{id}/deactivate", "/schedules/" + schedule + "/deactivate", null,
                        Roles.OPERATOR, 404),
                send("DELETE", "/schedules/{id}", "/schedules/" + schedule, null, Roles.OPERATOR, 404),
                get("/calendars/{name}", "/calendars/" + calendar, Roles.VIEWER, 404),
                send("PUT", "/calendars/{name}", "/calendars/" + calendar, "{\"dates\":[\"2027-02-02\"]}",
                        Roles.OPERATOR, 404),
                send("DELETE", "/calendars/{name}", "/calendars/" + calendar, null, Roles.OPERATOR, 404),
                get("/admin/view/activities/{id}", "/admin/view/activities/" + id, Roles.ADMIN, 404)));

        // And nothing was changed on their behalf.
        given().get("/activities/" + id).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("BLOCKED"));
        given().get("/schedules/" + schedule).then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(1));
        given().get("/calendars/" + calendar).then().statusCode(200)
                .body("dates", org.hamcrest.Matchers.contains("2027-01-01"));
        // Planted fault: expecting the other account to see the activity must fail the column.
        assertThatThrownBy(() -> AuthorizationMatrix.checkOtherAccount(List.of(
                get("/activities/{id}", "/activities/" + id, Roles.VIEWER, 200))))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("as user of another account: 404, expected 200");
    }

    @Test
    void theMatrixCoversEveryOperationOfTheOpenApiDocument() {
        assertThat(AuthorizationMatrix.undeclared(endpoints())).isEmpty();
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerSchemeForSwaggerUi() {
        java.util.Map<String, java.util.Map<String, Object>> schemes = io.restassured.RestAssured.given().auth()
                .none().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap("components.securitySchemes");
        assertThat(schemes.values()).anySatisfy(scheme -> assertThat(scheme).containsEntry("type", "http")
                .containsEntry("scheme", "bearer"));
    }

    @Test
    void healthAndTheOpenApiDocumentNeedNoToken() {
        AuthorizationMatrix.check(List.of(get("/q/health", "/q/health/live", null, 200),
                get("/q/openapi", "/q/openapi", null, 200)));
    }

    /** The matrix above ran through the cache of verified tokens: expired and forged tokens were still 401. */
    @Test
    void tokensAreVerifiedThroughTheBoundedCache() {
        assertThat(io.quarkus.arc.Arc.container().instance(io.smallrye.jwt.auth.principal.JWTParser.class).getBean()
                .getBeanClass()).isEqualTo(io.activityplatform.service.security.VerifiedTokenCache.class);
    }

    /** Planted fault: declaring the rebuild a viewer endpoint must make the matrix fail (the viewer gets 403). */
    @Test
    void theMatrixCatchesAnEndpointDeclaredWithTooLowARole() {
        assertThatThrownBy(() -> AuthorizationMatrix.check(List.of(
                send("POST", "/admin/projection/rebuild", "/admin/projection/rebuild", null, Roles.VIEWER, 200))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("as viewer: 403, expected 200");
    }
}
