package io.activityplatform.api.testsupport;

import io.activityplatform.local.KafkaLauncher;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link PlatformTestResource} (shared PostgreSQL, fresh database) with a Kafka broker of the test's own, so a
 * test can stop and restart it without touching the broker the other test classes share. The launcher is
 * injected into the test's {@link KafkaLauncher} field.
 */
public class OwnBrokerResource implements QuarkusTestResourceLifecycleManager {

    private final PlatformTestResource platform = new PlatformTestResource();
    private KafkaLauncher kafka;

    @Override
    public void init(Map<String, String> initArgs) {
        platform.init(Map.of(PlatformTestResource.DATABASE_ARG, "activity_api",
                PlatformTestResource.FRESH_DATABASE_ARG, "true"));
    }

    @Override
    public Map<String, String> start() {
        try {
            kafka = new KafkaLauncher(Files.createTempDirectory("own-broker").resolve("kafka")).partitions(3).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new LinkedHashMap<>(platform.start());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(kafka, new TestInjector.MatchesType(KafkaLauncher.class));
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.stop();
        }
    }
}
