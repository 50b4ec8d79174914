package io.activityplatform.jobs.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.testing.NoBlockedEventLoop;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The planted fault for service-core's {@link NoBlockedEventLoop}: an event loop blocked on purpose is
 * reported, so the check that fails every other test on such a report can fail.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class BlockedEventLoopCheckTest {

    @Inject
    Vertx vertx;

    @Test
    @NoBlockedEventLoop.BlocksOnPurpose
    void anEventLoopBlockedOnPurposeIsReported() {
        NoBlockedEventLoop.install();
        // the fault itself: hold an event loop past Vert.x's limit (2 s by default)
        vertx.getDelegate().runOnContext(ignored -> LockSupport.parkNanos(Duration.ofMillis(3500).toNanos()));

        List<String> reports = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.addAll(NoBlockedEventLoop.drain()));

        assertThat(reports).first().asString().contains("has been blocked for");
    }
}
