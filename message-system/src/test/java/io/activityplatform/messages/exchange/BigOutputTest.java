package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.protocol.ServerException;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §2 against the real server: 20 MiB of output between two exchanges, and one batch the server
 * refuses (padded beyond its 1,000-message limit once); the activity still ends, with truncated output.
 */
@QuarkusTest
class BigOutputTest {

    private static final String TWENTY_MIB = "head -c 20971520 /dev/zero | tr '\\0' x; echo; echo end";

    @Inject
    Fleet fleet;

    @Test
    void twentyMibOfOutputAndARefusedBatchStillEndSucceededWithTruncatedOutput() throws Exception {
        OversizeOnce client = new OversizeOnce(fleet.serverUrl());
        Agent agent = fleet.agent("big-output", client);
        UUID id = fleet.script(agent.computerId(), TWENTY_MIB);

        ActivityState done = fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);

        assertThat(client.refusals).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(400));
        assertThat(done.output()).contains("[output truncated]").hasSizeLessThanOrEqualTo(64 * 1024);
        assertThat(done.result().text()).contains("[output truncated]");
        assertThat(agent.state().outboxSize()).isZero();
    }

    /** The first exchange with messages is padded to 1,001 of them, which the real server refuses. */
    static final class OversizeOnce extends ServerClient {
        final List<ServerException> refusals = new CopyOnWriteArrayList<>();
        private final AtomicBoolean padded = new AtomicBoolean();

        OversizeOnce(String serverUrl) {
            super(HttpClient.newHttpClient(), serverUrl);
        }

        @Override
        public ExchangeResponse exchange(ExchangeRequest request) throws IOException, InterruptedException {
            if (request.messages().isEmpty() || !padded.compareAndSet(false, true)) {
                return super.exchange(request);
            }
            List<AgentMessage> messages = new ArrayList<>(request.messages());
            while (messages.size() <= 1000) {
                messages.add(request.messages().get(0));
            }
            try {
                return super.exchange(new ExchangeRequest(request.secretId(), request.exchangeToken(),
                        request.nextExpectedSequence(), messages));
            } catch (ServerException e) {
                refusals.add(e);
                throw e;
            }
        }
    }
}
