package io.activityplatform.messages.rest;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.rest.IllegalTextContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Every message-system endpoint refuses illegal text in its parameters and bodies with a 400 naming it. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "message_system"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class IllegalTextTest extends IllegalTextContract {
}
