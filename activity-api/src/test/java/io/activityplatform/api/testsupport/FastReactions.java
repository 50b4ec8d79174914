package io.activityplatform.api.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Short real-time periods for the reaction loops, so a test that moves the clock sees the reaction within
 * milliseconds instead of the production tick. The periods only decide how often the clock is read; which
 * instants fire still comes from the clock.
 *
 * <p>Every reaction test class uses this profile and the same {@code PlatformTestResource} arguments, so they
 * share one application start (and its fresh database): each test therefore asserts only on its own ids.
 */
public class FastReactions implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "activities.schedules.tick-interval", "50ms",
                "activities.retries.scan-interval", "200ms");
    }
}
