package io.activityplatform.api.console.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The web console's settings, under {@code console.}; served to the browser as {@code /console/config.json}. */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /**
     * Base URL of message-system's API (computers' last exchange, accepting pending computers), e.g.
     * {@code http://localhost:8082}. Absent: the console shows computers from this service's view only. The
     * console calls it from the browser, so message-system must allow this origin (CORS).
     */
    Optional<String> messageSystemUrl();
}
