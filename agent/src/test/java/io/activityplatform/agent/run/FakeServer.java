package io.activityplatform.agent.run;

import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.protocol.ServerMessage;
import java.util.ArrayList;
import java.util.List;

/** A server stand-in: records requests and answers with the queued server messages not yet acknowledged. */
class FakeServer extends ServerClient {

    final List<ExchangeRequest> requests = new ArrayList<>();
    final List<ServerMessage> outbox = new ArrayList<>();
    long nextExpectedFromAgent = 1;

    FakeServer() {
        super(null, "http://fake/");
    }

    @Override
    public ExchangeResponse exchange(ExchangeRequest request) {
        requests.add(request);
        request.messages().forEach(m -> nextExpectedFromAgent = Math.max(nextExpectedFromAgent, m.sequence() + 1));
        List<ServerMessage> unacked = outbox.stream().filter(m -> m.sequence() >= request.nextExpectedSequence())
                .toList();
        return new ExchangeResponse("computer-1", nextExpectedFromAgent, unacked, List.of(),
                "token-" + requests.size(), 60, 10, false);
    }
}
