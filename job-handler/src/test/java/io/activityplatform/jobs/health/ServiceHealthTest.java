package io.activityplatform.jobs.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The service boots against real Kafka and PostgreSQL, migrates its schema and reports itself healthy. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ServiceHealthTest {

    @Inject
    Pool pool;

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
        long tables = pool.query("select count(*) from information_schema.tables where table_name in "
                + "('activity_view', 'computer_view', 'projection_offsets')").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);

        assertThat(tables).isEqualTo(3);
    }

    @Test
    void servesItsOpenApiDocument() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }
}
