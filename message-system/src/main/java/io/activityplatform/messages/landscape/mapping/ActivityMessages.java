package io.activityplatform.messages.landscape.mapping;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.ServerMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Activities ↔ the client's operation messages. ExecuteScriptRequest → {@code execute-script}, Restart and
 * Shutdown → {@code shutdown}, ResynchronizeRequest → {@code resynchronize}; the answers
 * ({@code operation-result}, or {@code resynchronize} carrying the operation id) → a core result.
 */
public final class ActivityMessages {

    /** Landscape operation statuses and result codes (landscape-client manager plugins). */
    public static final long SUCCEEDED = 6;
    public static final long FAILED = 5;
    public static final long TIME_LIMIT_EXCEEDED = 102;
    public static final long NON_ZERO_EXIT = 103;
    public static final long ATTACHMENT_FAILED = 104;

    /** The client requires a time limit; Landscape's own default when an activity sets none. */
    public static final long DEFAULT_TIME_LIMIT_SECONDS = 300;

    private ActivityMessages() {
    }

    /** The message type the client must accept to run this activity type, or null when none maps to it. */
    public static String clientType(String activityType) {
        return switch (activityType) {
            case "ExecuteScriptRequest" -> "execute-script";
            case "RestartRequest", "ShutdownRequest" -> "shutdown";
            case "ResynchronizeRequest" -> "resynchronize";
            default -> null;
        };
    }

    /** The operation message for an execute of a type {@link #clientType} maps. */
    public static Map<String, Object> operation(ServerMessage execute, long operationId) {
        Map<String, Object> p = execute.parameters() == null ? Map.of() : execute.parameters();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("operation-id", operationId);
        switch (execute.activityType()) {
            case "ExecuteScriptRequest" -> {
                m.put("type", "execute-script");
                m.put("interpreter", String.valueOf(p.get("interpreter")));
                m.put("code", String.valueOf(p.get("code")));
                m.put("username", p.get("username") instanceof String u ? u : "root");
                m.put("time-limit", timeLimit(p, execute.timeoutSeconds()));
                m.put("attachments", inlineAttachments(p.get("attachments")));
                m.put("env", Map.of());
            }
            case "RestartRequest" -> shutdown(m, true);
            case "ShutdownRequest" -> shutdown(m, false);
            case "ResynchronizeRequest" -> {
                m.put("type", "resynchronize");
                if (p.get("scopes") instanceof List<?> scopes) {
                    m.put("scopes", scopes.stream().map(String::valueOf).toList());
                }
            }
            default -> throw new IllegalArgumentException("no Landscape message for " + execute.activityType());
        }
        return m;
    }

    private static void shutdown(Map<String, Object> m, boolean reboot) {
        m.put("type", "shutdown");
        m.put("reboot", reboot);
    }

    private static long timeLimit(Map<String, Object> p, Integer timeoutSeconds) {
        if (p.get("timeLimitSeconds") instanceof Number n) {
            return n.longValue();
        }
        return timeoutSeconds != null ? timeoutSeconds : DEFAULT_TIME_LIMIT_SECONDS;
    }

    /** The client writes text values as the files' contents (its inline form); no download needed. */
    private static Map<String, Object> inlineAttachments(Object attachments) {
        Map<String, Object> inline = new LinkedHashMap<>();
        if (attachments instanceof Map<?, ?> map) {
            map.forEach((name, content) -> inline.put(String.valueOf(name), String.valueOf(content)));
        }
        return inline;
    }

    /**
     * The client's answer as a core result. The client never sends the exit code, so {@code code} stays
     * empty; its result code says why it failed.
     */
    public static AgentMessage.Result result(long coreSequence, UUID activityId, Map<?, ?> message) {
        if ("resynchronize".equals(Fields.text(message, "type"))) {
            return new AgentMessage.Result(coreSequence, activityId, true, null, "state re-sent by the client", null);
        }
        Long status = Fields.integer(message, "status");
        String text = Fields.text(message, "result-text");
        boolean succeeded = status != null && status == SUCCEEDED;
        return new AgentMessage.Result(coreSequence, activityId, succeeded, null, text,
                succeeded ? null : errorCode(Fields.integer(message, "result-code")));
    }

    static String errorCode(Long resultCode) {
        if (resultCode == null) {
            return ErrorCodes.EXECUTION_FAILED;
        }
        if (resultCode == TIME_LIMIT_EXCEEDED) {
            return ErrorCodes.TIMED_OUT;
        }
        if (resultCode == ATTACHMENT_FAILED) {
            return ErrorCodes.ATTACHMENT_FAILED;
        }
        return ErrorCodes.EXECUTION_FAILED;
    }
}
