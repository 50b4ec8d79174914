package io.activityplatform.service.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

/**
 * What every service promises once booted against real Kafka and PostgreSQL: live, ready with Kafka, its
 * database and its projection up, the shared projection schema migrated, and an OpenAPI document. Each
 * service runs it through a {@code @QuarkusTest} subclass that names its database.
 */
public abstract class ServiceHealthContract {

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void isReadyWithKafkaItsDatabaseAndItsProjectionUp() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("projection", "Kafka connection health check",
                        "Reactive PostgreSQL connections health check"));
    }

    @Test
    void appliedTheSharedProjectionSchema() {
        // Both endpoints read the migrated tables: activity_view and projection_offsets.
        given().get("/admin/view/activities?limit=1").then().statusCode(200);
        given().get("/admin/projection").then().statusCode(200).body("stats.running", equalTo(true));
    }

    @Test
    void servesPrometheusMetricsWithThePlatformNames() {
        io.activityplatform.service.metrics.MetricsScrape scrape = io.activityplatform.service.metrics.MetricsScrape.scrape();
        org.assertj.core.api.Assertions.assertThat(scrape.has("activities_projection_batch_seconds_count")).isTrue();
        org.assertj.core.api.Assertions.assertThat(scrape.has("activities_view_activities", "status=QUEUED", "kind=CLIENT"))
                .isTrue();
    }

    @Test
    void servesItsOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", startsWith("3."));
    }
}
