package io.activityplatform.agent.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.RegisterResponse;
import io.activityplatform.agent.protocol.ServerException;
import io.activityplatform.agent.state.FileStateStore;
import io.activityplatform.agent.state.StateSnapshot;
import io.activityplatform.agent.state.StateStore;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registration saves exactly the identity the server granted; opening an agent needs one and resumes it. */
class AgentTest {

    @TempDir
    Path dir;

    @Test
    void registrationSavesTheGrantedIdentityAndTheAgentExchangesWithIt() throws Exception {
        AtomicReference<RegisterRequest> sent = new AtomicReference<>();
        FakeServer server = new FakeServer() {
            @Override
            public RegisterResponse register(RegisterRequest request) {
                sent.set(request);
                return new RegisterResponse("computer-9", "secret-9", "token-9", true, 60, 10);
            }
        };
        FileStateStore store = new FileStateStore(dir);
        RegisterRequest request = new RegisterRequest("acme", "key-1", "web-1", "host-1", List.of("web"));

        RegisterResponse granted = Agent.register(server, store, "http://server:8082", request);

        assertThat(granted.computerId()).isEqualTo("computer-9");
        assertThat(sent.get()).isEqualTo(request);
        assertThat(store.load()).contains(StateSnapshot.registered("http://server:8082", "acme", "computer-9",
                "secret-9", "token-9"));

        Agent agent = new Agent(store, server, new ExecutorRegistry());
        agent.exchangeOnce();
        assertThat(agent.computerId()).isEqualTo("computer-9");
        assertThat(server.requests).singleElement().satisfies(r -> {
            assertThat(r.secretId()).isEqualTo("secret-9");
            assertThat(r.exchangeToken()).isEqualTo("token-9");
        });
    }

    @Test
    void aRefusedRegistrationSavesNothing() {
        FakeServer server = new FakeServer() {
            @Override
            public RegisterResponse register(RegisterRequest request) {
                throw new ServerException(403, "wrong registration key");
            }
        };
        FileStateStore store = new FileStateStore(dir);

        assertThatThrownBy(() -> Agent.register(server, store, "http://server:8082",
                new RegisterRequest("acme", "bad", "web-1", "host-1", List.of()))).isInstanceOf(ServerException.class);
        assertThat(store.load()).isEmpty();
    }

    @Test
    void anUnregisteredAgentCannotBeOpened() {
        assertThatThrownBy(() -> new Agent(StateStore.inMemory(), new FakeServer(), new ExecutorRegistry()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("register");
    }

    @Test
    void openingAnAgentReportsWhatItWasRunningWhenItStopped() {
        StateStore store = StateStore.inMemory();
        store.save(StateSnapshot.registered("http://fake/", "acme", "computer-1", "secret", "token-0"));
        UUID op = UUID.randomUUID();
        new Agent(store, new FakeServer(), new ExecutorRegistry()).state().startOperation(op, "RestartRequest");

        Agent reopened = new Agent(store, new FakeServer(), new ExecutorRegistry());

        assertThat(reopened.state().running()).isEmpty();
        assertThat(reopened.state().messagesToSend()).singleElement().satisfies(m -> {
            assertThat(m.operationId()).isEqualTo(op);
            assertThat(m.type()).isEqualTo(AgentMessage.RESULT);
            assertThat(m.errorCode()).isEqualTo("INTERRUPTED");
        });
        assertThat(reopened.runningOperations()).isZero();
    }
}
