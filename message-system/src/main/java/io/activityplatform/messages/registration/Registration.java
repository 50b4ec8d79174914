package io.activityplatform.messages.registration;

import java.util.List;

/** What an agent asks for when it registers (encoding-free). */
public record Registration(String accountId, String registrationKey, String title, String hostname,
        List<String> tags) {

    public Registration {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** What the agent gets back: its public id, its secret id (shown once) and its first exchange token. */
    public record Granted(String computerId, String secretId, String exchangeToken, boolean pending) {
    }
}
