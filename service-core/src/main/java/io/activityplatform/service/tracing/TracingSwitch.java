package io.activityplatform.service.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether traces are made at all: the OpenTelemetry SDK is enabled ({@code quarkus.otel.sdk.disabled=false},
 * off by default here) and traces are not switched off ({@code quarkus.otel.traces.enabled}).
 */
@ApplicationScoped
public class TracingSwitch {

    private final boolean on;

    public TracingSwitch(@ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean sdkDisabled,
            @ConfigProperty(name = "quarkus.otel.traces.enabled", defaultValue = "true") boolean tracesEnabled) {
        this.on = !sdkDisabled && tracesEnabled;
    }

    public boolean on() {
        return on;
    }
}
