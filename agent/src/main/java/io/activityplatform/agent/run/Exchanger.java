package io.activityplatform.agent.run;

import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.state.AgentState;
import java.io.IOException;

/**
 * One exchange: send every unacknowledged message with the acknowledgement of the server's messages, then
 * drop what the server acknowledged and act on the server messages not seen yet, in sequence order. Each
 * server message is marked received only after it was acted on (an operation is saved as RUNNING before it
 * starts), so a crash in between re-delivers it and the operation-id check skips it.
 */
public class Exchanger {

    private final ServerClient client;
    private final AgentState state;
    private final OperationRunner runner;

    public Exchanger(ServerClient client, AgentState state, OperationRunner runner) {
        this.client = client;
        this.state = state;
        this.runner = runner;
    }

    public ExchangeResponse exchangeOnce() throws IOException, InterruptedException {
        ExchangeRequest request = new ExchangeRequest(state.secretId(), state.exchangeToken(),
                state.nextExpectedSequence(), state.messagesToSend());
        ExchangeResponse response = client.exchange(request);
        state.exchanged(response.nextExpectedSequence(), response.nextExchangeToken());
        response.messages().stream()
                .filter(m -> m.sequence() >= state.nextExpectedSequence())
                .sorted(java.util.Comparator.comparingLong(ServerMessage::sequence))
                .forEach(m -> {
                    runner.handle(m);
                    state.received(m.sequence());
                });
        return response;
    }
}
