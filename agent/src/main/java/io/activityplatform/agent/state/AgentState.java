package io.activityplatform.agent.state;

import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.OperationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The live agent state, shared by the exchange loop and the executors' threads (every method is
 * synchronized). Changes that must survive a crash are saved before the method returns: an operation is
 * recorded as RUNNING before it starts and as COMPLETED together with its result, so a restart neither loses
 * a result nor runs an operation twice. Output is buffered in memory and becomes progress messages at the
 * next exchange (one per operation, split into bounded chunks).
 */
public class AgentState {

    /** Output characters per progress message; the server bounds messages too. */
    public static final int MAX_CHUNK_CHARS = 8 * 1024;
    /** Completed operation ids remembered for de-duplication. */
    static final int MAX_REMEMBERED = 10_000;
    /**
     * Progress messages the outbox holds at most; further output is dropped until the server acknowledged
     * some (results are always queued: there is one per operation). Bounds memory and the state file.
     */
    static final int MAX_OUTBOX_PROGRESS = 2_000;

    private final StateStore store;
    private StateSnapshot saved;
    private final List<AgentMessage> outbox;
    private final LinkedHashMap<UUID, OperationRecord> operations;
    private final PendingOutput pendingOutput = new PendingOutput();
    private final Map<UUID, Integer> pendingPercent = new LinkedHashMap<>();

    public AgentState(StateStore store, StateSnapshot initial) {
        this.store = store;
        this.saved = initial;
        this.outbox = new ArrayList<>(initial.outbox());
        this.operations = new LinkedHashMap<>(initial.operations());
    }

    /** Loads the saved state; fails when the agent was never registered. */
    public static AgentState load(StateStore store) {
        return new AgentState(store, store.load().orElseThrow(
                () -> new IllegalStateException("not registered: run 'register' first")));
    }

    public synchronized String computerId() {
        return saved.computerId();
    }

    public synchronized String secretId() {
        return saved.secretId();
    }

    public synchronized String exchangeToken() {
        return saved.exchangeToken();
    }

    public synchronized long nextExpectedSequence() {
        return saved.nextExpectedSequence();
    }

    /**
     * Records a new operation as RUNNING (saved) and answers true; false when the id was seen before, so a
     * re-sent execute message is not run again.
     */
    public synchronized boolean startOperation(UUID operationId, String type) {
        if (operations.containsKey(operationId)) {
            return false;
        }
        operations.put(operationId, new OperationRecord(type, OperationRecord.Status.RUNNING, 0));
        persist();
        return true;
    }

    public synchronized boolean isRunning(UUID operationId) {
        OperationRecord record = operations.get(operationId);
        return record != null && record.status() == OperationRecord.Status.RUNNING;
    }

    public synchronized OperationRecord operation(UUID operationId) {
        return operations.get(operationId);
    }

    public synchronized void output(UUID operationId, String chunk) {
        if (isRunning(operationId) && chunk != null && !chunk.isEmpty()) {
            pendingOutput.append(operationId, chunk);
        }
    }

    public synchronized void percent(UUID operationId, int percent) {
        if (isRunning(operationId)) {
            pendingPercent.merge(operationId, percent, Math::max);
        }
    }

    /** Queues the remaining output and the result, marks the operation COMPLETED, and saves; once only. */
    public synchronized void complete(UUID operationId, OperationResult result) {
        if (!isRunning(operationId)) {
            return;
        }
        flush(operationId);
        pendingOutput.forget(operationId);
        outbox.add(AgentMessage.result(nextSequence(), operationId, result));
        operations.put(operationId, operations.get(operationId).completed());
        forgetOldest();
        persist();
    }

    /** Operations RUNNING at startup: the agent died while running them. */
    public synchronized List<UUID> running() {
        return operations.entrySet().stream().filter(e -> e.getValue().status() == OperationRecord.Status.RUNNING)
                .map(Map.Entry::getKey).toList();
    }

    /** Turns buffered output into progress messages and answers every unacknowledged message, saved. */
    public synchronized List<AgentMessage> messagesToSend() {
        return messagesToSend(Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * Turns buffered output into progress messages (saved when there were any) and answers the oldest
     * unacknowledged messages, at most {@code maxMessages} and, beyond the first, at most {@code maxChars}
     * characters of text: the server bounds the messages and bytes of one exchange.
     */
    public synchronized List<AgentMessage> messagesToSend(int maxMessages, long maxChars) {
        int before = outbox.size();
        for (UUID id : pendingOutput.operations()) {
            flush(id);
        }
        for (UUID id : new ArrayList<>(pendingPercent.keySet())) {
            flush(id);
        }
        if (outbox.size() != before) {
            persist();
        }
        List<AgentMessage> batch = new ArrayList<>();
        long chars = 0;
        for (AgentMessage message : outbox) {
            chars += message.textLength();
            if (batch.size() >= maxMessages || (!batch.isEmpty() && chars > maxChars)) {
                break;
            }
            batch.add(message);
        }
        return batch;
    }

    /** Unacknowledged messages, sent or not. */
    public synchronized int outboxSize() {
        return outbox.size();
    }

    /**
     * Gives up on one message the server refuses even alone, so the ones behind it are not blocked forever
     * (the server accepts gaps in the agent's sequence). Saved.
     */
    public synchronized boolean drop(long sequence) {
        boolean removed = outbox.removeIf(m -> m.sequence() == sequence);
        if (removed) {
            persist();
        }
        return removed;
    }

    /** The server processed the agent's messages below {@code nextExpected}, and gave a new token. */
    public synchronized void exchanged(long nextExpected, String nextToken) {
        outbox.removeIf(m -> m.sequence() < nextExpected);
        saved = withSaved(saved.nextExpectedSequence(), nextToken == null ? saved.exchangeToken() : nextToken);
        persist();
    }

    /** Server message {@code sequence} is processed: acknowledge it in the next exchange. */
    public synchronized void received(long sequence) {
        saved = withSaved(Math.max(saved.nextExpectedSequence(), sequence + 1), saved.exchangeToken());
        persist();
    }

    public synchronized StateSnapshot snapshot() {
        return new StateSnapshot(saved.serverUrl(), saved.accountId(), saved.computerId(), saved.secretId(),
                saved.exchangeToken(), saved.nextExpectedSequence(), saved.nextMessageSequence(), outbox, operations);
    }

    private void flush(UUID operationId) {
        PendingOutput.Taken output = pendingOutput.take(operationId);
        Integer percent = pendingPercent.remove(operationId);
        String text = output.text();
        if (text.isEmpty() && percent == null) {
            return;
        }
        if (progressQueued() >= MAX_OUTBOX_PROGRESS) {
            return; // the server is not taking messages: keep the outbox bounded, output is best effort
        }
        int offset = 0;
        do {
            String chunk = text.substring(offset, Math.min(text.length(), offset + MAX_CHUNK_CHARS));
            offset += chunk.length();
            OperationRecord record = operations.get(operationId);
            long chunkSequence = record.chunkSequence() + 1;
            operations.put(operationId, record.withChunk(chunkSequence));
            boolean last = offset >= text.length();
            outbox.add(AgentMessage.progress(nextSequence(), operationId, chunkSequence, percent, chunk,
                    last && output.truncated()));
        } while (offset < text.length());
    }

    private long progressQueued() {
        return outbox.stream().filter(m -> !m.isResult()).count();
    }

    private long nextSequence() {
        long sequence = saved.nextMessageSequence();
        saved = new StateSnapshot(saved.serverUrl(), saved.accountId(), saved.computerId(), saved.secretId(),
                saved.exchangeToken(), saved.nextExpectedSequence(), sequence + 1, outbox, operations);
        return sequence;
    }

    private StateSnapshot withSaved(long nextExpected, String token) {
        return new StateSnapshot(saved.serverUrl(), saved.accountId(), saved.computerId(), saved.secretId(), token,
                nextExpected, saved.nextMessageSequence(), outbox, operations);
    }

    private void forgetOldest() {
        var it = operations.entrySet().iterator();
        while (operations.size() > MAX_REMEMBERED && it.hasNext()) {
            if (it.next().getValue().status() == OperationRecord.Status.COMPLETED) {
                it.remove();
            }
        }
    }

    private void persist() {
        store.save(snapshot());
    }
}
