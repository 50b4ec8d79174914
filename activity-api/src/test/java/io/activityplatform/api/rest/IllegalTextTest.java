package io.activityplatform.api.rest;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.rest.IllegalTextContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Every activity-api endpoint refuses illegal text in its parameters, headers and bodies with a 400 naming it. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class IllegalTextTest extends IllegalTextContract {

    /** Idempotency-Key, If-Match, If-None-Match and Last-Event-ID become data here. */
    @Override
    protected int declaredHeadersAtLeast() {
        return 4;
    }
}
