package io.activityplatform.messages.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * One message from the agent. {@code type} {@code progress}: {@code chunkSequence} (per operation, from 1),
 * {@code percent}, {@code output}, {@code truncated}. {@code type} {@code result}: {@code status}
 * (SUCCEEDED or FAILED), {@code code}, {@code text}, {@code errorCode}.
 */
public record AgentMessageDto(
        @NotNull @Pattern(regexp = "progress|result", message = "must be progress or result") String type,
        @Min(1) long sequence,
        @NotNull UUID operationId,
        @Min(1) Long chunkSequence,
        @Min(0) @Max(100) Integer percent,
        String output,
        Boolean truncated,
        @Pattern(regexp = "SUCCEEDED|FAILED", message = "must be SUCCEEDED or FAILED") String status,
        Integer code,
        String text,
        String errorCode) {
}
