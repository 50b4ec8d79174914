package io.activityplatform.jobs.repository;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.reactive.PipelinedTransactionContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The shared transaction helper on job-handler's own database (the same resources as its other plan tests). */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class PipelinedTransactionTest extends PipelinedTransactionContract {
}
