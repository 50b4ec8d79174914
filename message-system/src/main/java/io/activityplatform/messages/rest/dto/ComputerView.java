package io.activityplatform.messages.rest.dto;

import java.time.Instant;
import java.util.List;

/** A registered computer with its agent's exchange bookkeeping (no secrets). */
public record ComputerView(String id, String accountId, String title, String hostname, List<String> tags,
        String status, Instant registeredAt, Instant lastExchangeAt, Instant cloneSuspectedAt) {
}
