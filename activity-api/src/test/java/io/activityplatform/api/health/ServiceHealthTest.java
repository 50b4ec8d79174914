package io.activityplatform.api.health;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.health.ServiceHealthContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** activity-api boots against real Kafka and PostgreSQL, migrates its schema and reports itself healthy. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ServiceHealthTest extends ServiceHealthContract {
}
