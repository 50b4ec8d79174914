package io.activityplatform.agent.protocol;

/** The server's answer to a registration: the public id, the secret id (shown once) and the first token. */
public record RegisterResponse(String computerId, String secretId, String exchangeToken, boolean pending,
        long exchangeIntervalSeconds, long pingIntervalSeconds) {
}
