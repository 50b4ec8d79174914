package io.activityplatform.messages.rest.dto;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.activityplatform.service.rest.LegalTextModule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * One message from the agent. {@code type} {@code progress}: {@code chunkSequence} (per operation, from 1),
 * {@code percent}, {@code output}, {@code truncated}. {@code type} {@code result}: {@code status}
 * (SUCCEEDED or FAILED), {@code code}, {@code text}, {@code errorCode}. Output, text and error code may hold
 * any text: the exchange core makes them legal before they become events, instead of refusing the exchange.
 */
public record AgentMessageDto(
        @NotNull @Pattern(regexp = "progress|result", message = "must be progress or result") String type,
        @Min(1) long sequence,
        @NotNull UUID operationId,
        @Min(1) Long chunkSequence,
        @Min(0) @Max(100) Integer percent,
        @JsonDeserialize(using = LegalTextModule.AnyText.class) String output,
        Boolean truncated,
        @Pattern(regexp = "SUCCEEDED|FAILED", message = "must be SUCCEEDED or FAILED") String status,
        Integer code,
        @JsonDeserialize(using = LegalTextModule.AnyText.class) String text,
        @JsonDeserialize(using = LegalTextModule.AnyText.class) String errorCode) {
}
