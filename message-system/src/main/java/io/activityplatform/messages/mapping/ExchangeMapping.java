package io.activityplatform.messages.mapping;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.ExchangeRequest;
import io.activityplatform.messages.domain.ExchangeResponse;
import io.activityplatform.messages.domain.MessageOutcome;
import io.activityplatform.messages.domain.ServerMessage;
import io.activityplatform.messages.rest.dto.AgentMessageDto;
import io.activityplatform.messages.rest.dto.ExchangeRequestDto;
import io.activityplatform.messages.rest.dto.ExchangeResponseDto;
import io.activityplatform.messages.rest.dto.OutcomeDto;
import io.activityplatform.messages.rest.dto.ServerMessageDto;
import io.activityplatform.service.rest.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** The JSON encoding of the exchange, to and from the encoding-free core. */
public final class ExchangeMapping {

    private ExchangeMapping() {
    }

    public static ExchangeRequest toCore(ExchangeRequestDto dto) {
        List<AgentMessage> messages = new ArrayList<>();
        List<AgentMessageDto> in = dto.messages() == null ? List.of() : dto.messages();
        for (int i = 0; i < in.size(); i++) {
            messages.add(toCore(in.get(i), "messages[" + i + "]"));
        }
        return new ExchangeRequest(dto.secretId(), dto.exchangeToken(), dto.nextExpectedSequence(), messages);
    }

    private static AgentMessage toCore(AgentMessageDto m, String field) {
        if ("progress".equals(m.type())) {
            if (m.chunkSequence() == null) {
                throw ProblemException.invalid(field + ".chunkSequence", "required for progress");
            }
            return new AgentMessage.Progress(m.sequence(), m.operationId(), m.chunkSequence(), m.percent(),
                    m.output(), Boolean.TRUE.equals(m.truncated()));
        }
        if (m.status() == null) {
            throw ProblemException.invalid(field + ".status", "required for a result: SUCCEEDED or FAILED");
        }
        return new AgentMessage.Result(m.sequence(), m.operationId(), "SUCCEEDED".equals(m.status()), m.code(),
                m.text(), m.errorCode());
    }

    public static ExchangeResponseDto toDto(ExchangeResponse response) {
        return new ExchangeResponseDto(response.computerId(), response.nextExpectedSequence(),
                response.messages().stream().map(ExchangeMapping::toDto).toList(),
                response.outcomes().stream().map(ExchangeMapping::toDto).toList(),
                response.nextExchangeToken(), response.exchangeInterval().toSeconds(),
                response.pingInterval().toSeconds(), response.pending());
    }

    private static ServerMessageDto toDto(ServerMessage m) {
        return new ServerMessageDto(m.sequence(), m.kind().name().toLowerCase(), m.operationId(), m.activityType(),
                m.parameters(), m.timeoutSeconds(), m.reason());
    }

    private static OutcomeDto toDto(MessageOutcome o) {
        return new OutcomeDto(o.sequence(), o.operationId(), o.outcome().name(), o.reason());
    }
}
