package io.activityplatform.messages.projection;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.PoisonRecordContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** message-system sets poison records aside and keeps projecting (the shared contract, on its own database). */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "message_system"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class PoisonRecordTest extends PoisonRecordContract {
}
