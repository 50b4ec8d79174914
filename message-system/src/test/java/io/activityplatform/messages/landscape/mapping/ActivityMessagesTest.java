package io.activityplatform.messages.landscape.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.ServerMessage;
import io.activityplatform.messages.landscape.bpickle.BpickleLimits;
import io.activityplatform.messages.landscape.bpickle.BpickleReader;
import io.activityplatform.messages.landscape.support.Captures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Activities to the client's operations and its answers back, checked against what the client accepted and sent. */
class ActivityMessagesTest {

    private static final UUID ID = UUID.randomUUID();

    @Test
    void anExecuteScriptRequestBecomesTheExecuteScriptTheClientRan() {
        Map<?, ?> answer = decode("config-path/02-exchange-empty.response.bpickle");
        Map<?, ?> captured = (Map<?, ?>) ((List<?>) answer.get("messages")).get(1);
        ServerMessage execute = ServerMessage.execute(ID, "ExecuteScriptRequest", Map.of("interpreter", "/bin/sh",
                "code", "echo hello-from-landscape; printf 'line2\\n'", "timeLimitSeconds", 60), null);

        Map<String, Object> ours = new HashMap<>(ActivityMessages.operation(execute, 1));

        assertThat(ours.remove("env")).isEqualTo(Map.of());
        assertThat(ours).isEqualTo(captured);
    }

    @Test
    void theTimeLimitFallsBackToTheActivityTimeoutThenLandscapesDefault() {
        ServerMessage withTimeout = ServerMessage.execute(ID, "ExecuteScriptRequest",
                Map.of("interpreter", "/bin/bash", "code", "true", "username", "ubuntu"), 90);
        ServerMessage bare = ServerMessage.execute(ID, "ExecuteScriptRequest",
                Map.of("interpreter", "/bin/sh", "code", "true", "attachments", Map.of("a.txt", "hello")), null);

        assertThat(ActivityMessages.operation(withTimeout, 2)).containsEntry("time-limit", 90L)
                .containsEntry("username", "ubuntu");
        assertThat(ActivityMessages.operation(bare, 3)).containsEntry("time-limit", 300L)
                .containsEntry("username", "root").containsEntry("attachments", Map.of("a.txt", "hello"));
    }

    @Test
    void restartShutdownAndResynchronizeMapToTheirMessages() {
        assertThat(ActivityMessages.operation(ServerMessage.execute(ID, "RestartRequest", Map.of(), null), 4))
                .isEqualTo(Map.of("type", "shutdown", "operation-id", 4L, "reboot", true));
        assertThat(ActivityMessages.operation(ServerMessage.execute(ID, "ShutdownRequest", Map.of(), null), 5))
                .isEqualTo(Map.of("type", "shutdown", "operation-id", 5L, "reboot", false));
        assertThat(ActivityMessages.operation(ServerMessage.execute(ID, "ResynchronizeRequest",
                Map.of("scopes", List.of("package")), null), 6))
                .isEqualTo(Map.of("type", "resynchronize", "operation-id", 6L, "scopes", List.of("package")));
        assertThat(ActivityMessages.clientType("ExecuteScriptRequest")).isEqualTo("execute-script");
        assertThat(ActivityMessages.clientType("ChangePackagesRequest")).isNull();
    }

    @Test
    void theCapturedResultsMapToSucceededAndToPlatformErrorCodes() {
        AgentMessage.Result exit3 = result("config-path/14-exchange-operation-result+active-process-info.bpickle");
        assertThat(exit3.succeeded()).isFalse();
        assertThat(exit3.errorCode()).isEqualTo("EXECUTION_FAILED");
        assertThat(exit3.text()).isEqualTo("going-to-fail\nto-stderr\n");
        AgentMessage.Result limit = result("daemon-path/16-exchange-operation-result+active-process-info.bpickle");
        assertThat(limit.errorCode()).isEqualTo("TIMED_OUT");
        assertThat(limit.text()).isEqualTo("before-sleep\n");
        AgentMessage.Result success = ActivityMessages.result(9, ID, Map.of("type", "operation-result",
                "operation-id", 1L, "status", 6L, "result-text", "hello\n"));
        assertThat(success.succeeded()).isTrue();
        assertThat(success.errorCode()).isNull();
        assertThat(success.text()).isEqualTo("hello\n");
        assertThat(success.code()).isNull();
        assertThat(success.sequence()).isEqualTo(9);
        assertThat(failure(102L).errorCode()).isEqualTo("TIMED_OUT");
        assertThat(failure(103L).errorCode()).isEqualTo("EXECUTION_FAILED");
        assertThat(failure(104L).errorCode()).isEqualTo("ATTACHMENT_FAILED");
        assertThat(failure(null).errorCode()).isEqualTo("EXECUTION_FAILED");
        assertThat(ActivityMessages.result(1, ID, Map.of("type", "resynchronize", "operation-id", 3L)).succeeded())
                .isTrue();
    }

    private static AgentMessage.Result failure(Long code) {
        Map<String, Object> m = new HashMap<>(Map.of("type", "operation-result", "operation-id", 1L, "status", 5L));
        if (code != null) {
            m.put("result-code", code);
        }
        AgentMessage.Result r = ActivityMessages.result(1, ID, m);
        assertThat(r.succeeded()).isFalse();
        return r;
    }

    private static AgentMessage.Result result(String capture) {
        List<?> messages = (List<?>) decode(capture).get("messages");
        Map<?, ?> op = messages.stream().map(Map.class::cast).filter(m -> "operation-result".equals(m.get("type")))
                .findFirst().orElseThrow();
        return ActivityMessages.result(1, ID, op);
    }

    private static Map<?, ?> decode(String capture) {
        return (Map<?, ?>) BpickleReader.read(Captures.resource(capture), BpickleLimits.EXCHANGE);
    }
}
