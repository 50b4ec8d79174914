package io.activityplatform.messages.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;

/** One message to the agent: {@code execute} (activityType, parameters, timeoutSeconds) or {@code cancel}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerMessageDto(long sequence, String type, UUID operationId, String activityType,
        Map<String, Object> parameters, Integer timeoutSeconds, String reason) {
}
