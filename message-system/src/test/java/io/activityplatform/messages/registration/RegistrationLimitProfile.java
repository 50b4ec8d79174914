package io.activityplatform.messages.registration;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A small per-address registration allowance, so a test can reach it. */
public class RegistrationLimitProfile implements QuarkusTestProfile {

    static final int PER_ADDRESS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("messages.registration-limit.per-address", String.valueOf(PER_ADDRESS),
                "messages.registration-limit.window", "1h");
    }
}
