package io.activityplatform.messages.registration;

import java.util.List;

/** What an agent asks for when it registers (encoding-free). */
public record Registration(String accountId, String registrationKey, String title, String hostname,
        List<String> tags) {

    /** Never the secrets: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "Registration[accountId=" + accountId + ", title=" + title + ", registrationKey=<redacted>]";
    }


    public Registration {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** What the agent gets back: its public id, its secret id (shown once) and its first exchange token. */
    public record Granted(String computerId, String secretId, String exchangeToken, boolean pending) {

        /** Never the secrets: records end up in logs and error messages. */
        @Override
        public String toString() {
            return "Granted[computerId=" + computerId + ", pending=" + pending + ", secrets=<redacted>]";
        }

    }
}
