package io.activityplatform.messages.support;

import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A client whose network loses the next N exchange responses after the server has processed the requests. */
public class LossyClient extends ServerClient {

    private final AtomicInteger toLose = new AtomicInteger();
    public final List<ExchangeResponse> lost = new ArrayList<>();

    public LossyClient(String serverUrl) {
        super(HttpClient.newHttpClient(), serverUrl);
    }

    public void loseNextResponses(int count) {
        toLose.set(count);
    }

    @Override
    public ExchangeResponse exchange(ExchangeRequest request) throws IOException, InterruptedException {
        ExchangeResponse response = super.exchange(request);
        if (toLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            lost.add(response);
            throw new IOException("connection reset (simulated): the response was lost");
        }
        return response;
    }
}
