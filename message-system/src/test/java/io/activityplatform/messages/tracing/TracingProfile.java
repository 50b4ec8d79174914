package io.activityplatform.messages.tracing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Tracing on (it is off by default), spans exported quickly to the in-memory exporter. */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.bsp.schedule.delay", "50ms",
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:1");
    }
}
