package io.activityplatform.messages.support;

import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Every {@code @QuarkusTest} of this module runs against real Kafka and a fresh PostgreSQL database
 * ({@code message_system_*}): the resource is declared once here and applies to all of them, so they share
 * one application start. Tests never assume empty tables: each registers its own computers.
 */
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "message_system"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
