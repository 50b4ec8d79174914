package io.activityplatform.messages.rest.dto;

/**
 * The new computer. {@code secretId} is shown only here: the server keeps a hash. {@code computerId} is
 * public (activities target it, pings use it).
 */
public record RegisterResponse(String computerId, String secretId, String exchangeToken, boolean pending,
        long exchangeIntervalSeconds, long pingIntervalSeconds) {

    /** Never the secrets: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "RegisterResponse[computerId=" + computerId + ", pending=" + pending + ", secrets=<redacted>]";
    }

}
