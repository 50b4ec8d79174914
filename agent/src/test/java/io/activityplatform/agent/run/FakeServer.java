package io.activityplatform.agent.run;

import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.protocol.ServerException;
import io.activityplatform.agent.protocol.ServerMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A server stand-in: records requests and answers with the queued server messages not yet acknowledged.
 * {@link #gate} may refuse a request the way message-system does (an exception, nothing recorded as accepted).
 */
class FakeServer extends ServerClient {

    final List<ExchangeRequest> requests = new CopyOnWriteArrayList<>();
    final List<ExchangeRequest> refused = new CopyOnWriteArrayList<>();
    final List<ServerMessage> outbox = new CopyOnWriteArrayList<>();
    volatile Function<ExchangeRequest, ServerException> gate = request -> null;
    volatile long nextExpectedFromAgent = 1;
    volatile long intervalSeconds = 60;

    FakeServer() {
        super(null, "http://fake/");
    }

    @Override
    public synchronized ExchangeResponse exchange(ExchangeRequest request) {
        ServerException refusal = gate.apply(request);
        if (refusal != null) {
            refused.add(request);
            throw refusal;
        }
        requests.add(request);
        request.messages().forEach(m -> nextExpectedFromAgent = Math.max(nextExpectedFromAgent, m.sequence() + 1));
        List<ServerMessage> unacked = outbox.stream().filter(m -> m.sequence() >= request.nextExpectedSequence())
                .toList();
        return new ExchangeResponse("computer-1", nextExpectedFromAgent, unacked, List.of(),
                "token-" + requests.size(), intervalSeconds, intervalSeconds, false);
    }

    @Override
    public boolean ping(String computerId) {
        return false;
    }
}
