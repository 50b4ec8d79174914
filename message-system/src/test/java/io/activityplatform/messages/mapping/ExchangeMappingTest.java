package io.activityplatform.messages.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.ExchangeResponse;
import io.activityplatform.messages.domain.MessageOutcome;
import io.activityplatform.messages.domain.ServerMessage;
import io.activityplatform.messages.rest.dto.AgentMessageDto;
import io.activityplatform.messages.rest.dto.ExchangeRequestDto;
import io.activityplatform.service.rest.ProblemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExchangeMappingTest {

    private static final UUID OP = UUID.randomUUID();

    @Test
    void jsonMessagesBecomeCoreMessages() {
        var request = ExchangeMapping.toCore(new ExchangeRequestDto("secret", "token", 4, List.of(
                new AgentMessageDto("progress", 1, OP, 2L, 50, "out", true, null, null, null, null),
                new AgentMessageDto("result", 2, OP, null, null, null, null, "FAILED", 3, "bad", "E"))));

        assertThat(request.nextExpectedSequence()).isEqualTo(4);
        assertThat(request.messages()).containsExactly(new AgentMessage.Progress(1, OP, 2, 50, "out", true),
                new AgentMessage.Result(2, OP, false, 3, "bad", "E"));
    }

    @Test
    void incompleteMessagesAreProblemsNamingTheField() {
        var noChunk = new ExchangeRequestDto("s", "t", 1,
                List.of(new AgentMessageDto("progress", 1, OP, null, null, null, null, null, null, null, null)));
        var noStatus = new ExchangeRequestDto("s", "t", 1,
                List.of(new AgentMessageDto("result", 1, OP, null, null, null, null, null, null, null, null)));

        assertThatThrownBy(() -> ExchangeMapping.toCore(noChunk)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field())
                        .isEqualTo("messages[0].chunkSequence"));
        assertThatThrownBy(() -> ExchangeMapping.toCore(noStatus)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field())
                        .isEqualTo("messages[0].status"));
    }

    @Test
    void coreResponsesBecomeJsonWithLowerCaseTypesAndSeconds() {
        var dto = ExchangeMapping.toDto(new ExchangeResponse("c1", 7,
                List.of(ServerMessage.execute(OP, "ExecuteScriptRequest", Map.of("code", "true"), 30).withSequence(3)),
                List.of(new MessageOutcome(6, OP, MessageOutcome.Outcome.IGNORED, "duplicate")), "next",
                Duration.ofMinutes(1), Duration.ofSeconds(10), false));

        assertThat(dto.messages()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("execute");
            assertThat(m.sequence()).isEqualTo(3);
            assertThat(m.timeoutSeconds()).isEqualTo(30);
        });
        assertThat(dto.outcomes().get(0).outcome()).isEqualTo("IGNORED");
        assertThat(dto.exchangeIntervalSeconds()).isEqualTo(60);
        assertThat(dto.pingIntervalSeconds()).isEqualTo(10);
    }
}
