package io.activityplatform.messages.landscape.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.landscape.mapping.LandscapeRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Which path a Landscape exchange takes: a payload with a {@code register} message registers (whatever id it
 * carries), a payload without a secure id is told to register, and only a payload with an id reaches the
 * authenticated exchange. Both paths are stubbed; they have their own tests against the real stack.
 */
class LandscapeProtocolTest {

    private final List<String> calls = new ArrayList<>();

    private final LandscapeProtocol protocol = new LandscapeProtocol(new LandscapeRegistration(null, null, null) {
        @Override
        public Uni<Map<String, Object>> register(LandscapeRequest request, Map<Object, Object> message,
                String sourceAddress) {
            calls.add("register from " + sourceAddress);
            return Uni.createFrom().item(Map.of("path", "register"));
        }
    }, new LandscapeExchange(null, null, null, null, null, null, null) {
        @Override
        public Uni<Map<String, Object>> exchange(String secureId, String token, LandscapeRequest request) {
            calls.add("exchange as " + secureId);
            return Uni.createFrom().item(Map.of("path", "exchange"));
        }
    });

    private static LandscapeRequest request(String... types) {
        List<Map<Object, Object>> messages = new ArrayList<>();
        for (String type : types) {
            Map<Object, Object> message = new HashMap<>();
            message.put("type", type);
            messages.add(message);
        }
        return new LandscapeRequest(0L, 0L, null, null, messages);
    }

    private Map<String, Object> exchange(String secureId, LandscapeRequest request) {
        return protocol.exchange(secureId, "token", request, "10.0.0.7").await().indefinitely();
    }

    @Test
    void aRegisterMessageRegistersEvenFromAClientThatSendsAnId() {
        assertThat(exchange(null, request("register"))).containsEntry("path", "register");
        assertThat(exchange("secure-1", request("ping", "register"))).containsEntry("path", "register");
        assertThat(calls).containsExactly("register from 10.0.0.7", "register from 10.0.0.7");
    }

    @Test
    void aClientWithoutAnIdIsToldToRegisterAndNothingElseRuns() {
        Map<String, Object> answer = exchange(null, request("ping"));
        Map<String, Object> blank = exchange("  ", request());

        assertThat(calls).isEmpty();
        assertThat(answer).doesNotContainEntry("path", "exchange");
        assertThat(answer.get("messages")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
        assertThat(blank.get("messages")).asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty();
    }

    @Test
    void aClientWithAnIdExchangesAsThatId() {
        assertThat(exchange("secure-1", request("operation-result"))).containsEntry("path", "exchange");
        assertThat(calls).containsExactly("exchange as secure-1");
    }
}
