package io.activityplatform.agent.run;

import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.protocol.ServerException;
import io.activityplatform.agent.protocol.ServerMessage;
import io.activityplatform.agent.state.AgentState;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * One exchange: send the oldest unacknowledged messages (a batch within the server's limits) with the
 * acknowledgement of the server's messages, then drop what the server acknowledged and act on the server
 * messages not seen yet, in sequence order. Each server message is marked received only after it was acted on
 * (an operation is saved as RUNNING before it starts), so a crash in between re-delivers it and the
 * operation-id check skips it.
 *
 * <p>A batch the server refuses as bad or too large (400, 413) is halved and sent again at once; a single
 * message refused alone is dropped with a warning, so one bad message never blocks the agent for good.
 */
public class Exchanger {

    private static final Logger LOG = Logger.getLogger(Exchanger.class.getName());

    /** Messages per exchange; message-system refuses more than 1,000. */
    public static final int MAX_BATCH_MESSAGES = 500;
    /** Text characters per exchange; JSON-escaped they stay well below the server's 10 MiB body limit. */
    public static final long MAX_BATCH_CHARS = 1024 * 1024;

    private final ServerClient client;
    private final AgentState state;
    private final OperationRunner runner;
    private int batchLimit = MAX_BATCH_MESSAGES;
    private volatile boolean more;

    public Exchanger(ServerClient client, AgentState state, OperationRunner runner) {
        this.client = client;
        this.state = state;
        this.runner = runner;
    }

    public ExchangeResponse exchangeOnce() throws IOException, InterruptedException {
        while (true) {
            List<AgentMessage> batch = state.messagesToSend(batchLimit, MAX_BATCH_CHARS);
            int queued = state.outboxSize();
            try {
                ExchangeResponse response = client.exchange(new ExchangeRequest(state.secretId(),
                        state.exchangeToken(), state.nextExpectedSequence(), batch));
                accepted(response);
                batchLimit = Math.min(MAX_BATCH_MESSAGES, batchLimit * 2);
                more = queued > batch.size();
                return response;
            } catch (ServerException e) {
                if (!refusedAsBad(e) || batch.isEmpty()) {
                    throw e;
                }
                if (batch.size() > 1) {
                    batchLimit = Math.max(1, batch.size() / 2);
                    LOG.warning("server refused " + batch.size() + " messages (" + e.getMessage()
                            + "); sending at most " + batchLimit);
                } else {
                    AgentMessage refused = batch.get(0);
                    LOG.warning("server refuses message " + refused.sequence() + " (" + refused.type()
                            + " of operation " + refused.operationId() + ") even alone: dropped. " + e.getMessage());
                    state.drop(refused.sequence());
                }
            }
        }
    }

    /** True when messages are waiting that did not fit into the last exchange: exchange again soon. */
    public boolean more() {
        return more;
    }

    private void accepted(ExchangeResponse response) {
        state.exchanged(response.nextExpectedSequence(), response.nextExchangeToken());
        response.messages().stream()
                .filter(m -> m.sequence() >= state.nextExpectedSequence())
                .sorted(Comparator.comparingLong(ServerMessage::sequence))
                .forEach(m -> {
                    runner.handle(m);
                    state.received(m.sequence());
                });
    }

    private static boolean refusedAsBad(ServerException e) {
        return e.status() == 400 || e.status() == 413 || e.status() == 422;
    }
}
