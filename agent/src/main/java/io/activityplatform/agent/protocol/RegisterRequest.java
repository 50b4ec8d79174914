package io.activityplatform.agent.protocol;

import java.util.List;

/** {@code POST /agent/register}. */
public record RegisterRequest(String accountId, String registrationKey, String title, String hostname,
        List<String> tags) {
}
