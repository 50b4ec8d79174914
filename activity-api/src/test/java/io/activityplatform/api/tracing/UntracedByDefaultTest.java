package io.activityplatform.api.tracing;

import static io.activityplatform.api.support.Api.create;
import static io.activityplatform.api.support.Api.script;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With the default settings (the OpenTelemetry SDK disabled) records go out without a trace context: no span is
 * made for them and no consumer has a header to parse (issue 11: that work was 6% of activity-api's CPU).
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class UntracedByDefaultTest {

    @Inject
    LogDriver log;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aCreatedRecordCarriesNoTraceparentWhenTracingIsOff() {
        String id = create("alice", script(log.computer())).statusCode(201).extract().path("id");

        var headers = ActivityRecords.headersOfFirst(bootstrapServers, id);
        assertThat(headers.lastHeader(CloudEventHeaders.ID)).as("the record's own CloudEvents headers").isNotNull();
        assertThat(headers.lastHeader(CloudEventHeaders.TRACE_PARENT)).isNull();
    }
}
