package io.activityplatform.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint with its answers and errors; Swagger UI is served. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class OpenApiDocumentTest {

    private static final Map<String, String[]> ANSWERS = Map.ofEntries(
            Map.entry("post /activities", new String[] {"200", "201", "202", "400", "409", "422"}),
            Map.entry("get /activities", new String[] {"200", "400"}),
            Map.entry("get /activities/{id}", new String[] {"200", "304", "404"}),
            Map.entry("get /activities/{id}/summary", new String[] {"200", "404"}),
            Map.entry("get /activities/{id}/history", new String[] {"200", "404"}),
            Map.entry("get /activities/{id}/output", new String[] {"200", "400", "404"}),
            Map.entry("get /activities/{id}/result/artifacts/{name}", new String[] {"200", "404"}),
            Map.entry("get /activities/stream", new String[] {"200", "400"}),
            Map.entry("get /activities/{id}/stream", new String[] {"200", "404"}),
            Map.entry("post /activities/{id}/cancel", new String[] {"200", "202", "400", "404", "409", "412"}),
            Map.entry("post /activities/{id}/approve", new String[] {"200", "202", "400", "404", "409", "412"}),
            Map.entry("post /activities/{id}/hold", new String[] {"200", "202", "400", "404", "409", "412"}),
            Map.entry("post /activities/bulk/create", new String[] {"200", "201", "202", "400", "409", "422"}),
            Map.entry("post /activities/bulk/cancel", new String[] {"200", "202", "400"}),
            Map.entry("post /activities/bulk/approve", new String[] {"200", "202", "400"}),
            Map.entry("get /computers", new String[] {"200", "400"}),
            Map.entry("get /computers/{id}", new String[] {"200", "404"}),
            Map.entry("get /schemas/events/v1/{file}", new String[] {"200", "404"}));

    @Test
    void everyEndpointIsDocumentedWithASummaryAndItsAnswers() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();

        ANSWERS.forEach((endpoint, codes) -> {
            String[] parts = endpoint.split(" ");
            String operation = "paths.'" + parts[1] + "'." + parts[0];
            assertThat(doc.<String>get(operation + ".summary")).as(endpoint).isNotBlank();
            Map<String, Object> responses = doc.getMap(operation + ".responses");
            assertThat(responses).as(endpoint).containsKeys(codes);
        });
        assertThat(doc.getMap("components.schemas")).containsKeys("CreateActivityRequest", "Activity", "Problem",
                "FieldError", "ActivityPage", "HistoryEntry", "BulkResult", "ActivityStreamEvent", "StatusSummary");
        assertThat(doc.<String>get("paths.'/activities'.post.responses.'409'.content.'application/problem+json'"
                + ".schema.$ref")).endsWith("/Problem");
    }

    @Test
    void theEventContractIsServedAtTheUriEveryRecordNamesInItsDataSchemaHeader() {
        String uri = io.activityplatform.events.codec.EventSchemas.uri("activity.created");
        String path = uri.substring(uri.indexOf("/schemas/"));
        JsonPath schema = given().get(path).then().statusCode(200)
                .contentType("application/schema+json").extract().jsonPath();
        assertThat(schema.<String>get("$id")).isEqualTo(uri);
        assertThat(given().get("/schemas/events/v1/asyncapi.yaml").then().statusCode(200).extract().asString())
                .contains("asyncapi: 3.0.0", "address: activity-events", "address: computer-events");
        given().get("/schemas/events/v1/application.properties").then().statusCode(404)
                .contentType(io.activityplatform.service.rest.Problem.MEDIA_TYPE);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
