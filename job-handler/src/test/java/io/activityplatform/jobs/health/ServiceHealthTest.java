package io.activityplatform.jobs.health;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.health.ServiceHealthContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** job-handler boots against real Kafka and PostgreSQL, migrates its schema and reports itself healthy. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ServiceHealthTest extends ServiceHealthContract {
}
