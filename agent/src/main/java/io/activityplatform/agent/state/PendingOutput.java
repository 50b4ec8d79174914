package io.activityplatform.agent.state;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Output reported by executors and not yet turned into progress messages, bounded per operation: an
 * operation's output beyond {@link #MAX_OPERATION_CHARS} in total (what the server keeps per activity) is
 * dropped, and a marker says so once. However much a script writes between two exchanges, the agent holds at
 * most that much per running operation. Not thread-safe: {@link AgentState} synchronizes.
 */
final class PendingOutput {

    /** Output characters sent per operation, in total; matches the server's per-activity cap. */
    static final int MAX_OPERATION_CHARS = 64 * 1024;
    static final String MARKER = "\n[output truncated by the agent]\n";

    /** Text waiting for the next exchange, and whether the cap was hit since the last take. */
    record Taken(String text, boolean truncated) {
    }

    private final Map<UUID, StringBuilder> pending = new LinkedHashMap<>();
    private final Map<UUID, Integer> accepted = new HashMap<>();
    private final Map<UUID, Boolean> truncatedSinceTake = new HashMap<>();

    void append(UUID operationId, String chunk) {
        int used = accepted.getOrDefault(operationId, 0);
        if (used >= MAX_OPERATION_CHARS) {
            return; // already cut, and the marker is queued or sent
        }
        int room = MAX_OPERATION_CHARS - used;
        StringBuilder buffer = pending.computeIfAbsent(operationId, id -> new StringBuilder());
        if (chunk.length() <= room) {
            buffer.append(chunk);
            accepted.put(operationId, used + chunk.length());
            return;
        }
        buffer.append(chunk, 0, room).append(MARKER);
        accepted.put(operationId, MAX_OPERATION_CHARS);
        truncatedSinceTake.put(operationId, true);
    }

    Taken take(UUID operationId) {
        StringBuilder buffer = pending.remove(operationId);
        boolean truncated = Boolean.TRUE.equals(truncatedSinceTake.remove(operationId));
        return new Taken(buffer == null ? "" : buffer.toString(), truncated);
    }

    /** The operation ended: nothing more will be appended. */
    void forget(UUID operationId) {
        pending.remove(operationId);
        accepted.remove(operationId);
        truncatedSinceTake.remove(operationId);
    }

    Iterable<UUID> operations() {
        return new java.util.ArrayList<>(pending.keySet());
    }
}
