package io.activityplatform.messages.landscape.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.landscape.bpickle.BpickleLimits;
import io.activityplatform.messages.landscape.bpickle.BpickleReader;
import io.activityplatform.messages.landscape.bpickle.Bytes;
import io.activityplatform.messages.landscape.support.Captures;
import io.activityplatform.messages.landscape.support.StockClient;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The type-list hashes are the client's own, checked against the hashes it sent and accepted. */
class ControlMessagesTest {

    @Test
    void theEmptyListHashesToTheMd5OfNothing() {
        assertThat(HexFormat.of().formatHex(ControlMessages.typesHash(List.of()).value()))
                .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");
    }

    @Test
    void theHashesMatchWhatTheClientSentAndAccepted() {
        Map<?, ?> register = decode("daemon-path/02-register.bpickle");
        Map<?, ?> answer = decode("config-path/02-exchange-empty.response.bpickle");

        assertThat(ControlMessages.typesHash(List.of("register"))).isEqualTo(register.get("accepted-types"));
        assertThat(ControlMessages.typesHash(StockClient.CLIENT_TYPES))
                .isEqualTo(answer.get("client-accepted-types-hash"));
        assertThat(ControlMessages.typesHash(List.of("b", "a"))).isEqualTo(ControlMessages.typesHash(List.of("a", "b")));
    }

    @Test
    void theRegisteredListDropsRegisterSoTheClientCountsAsRegistered() {
        assertThat(ControlMessages.REGISTERED_TYPES).doesNotContain("register").contains("operation-result",
                "computer-info", "resynchronize").isSorted();
        assertThat(ControlMessages.acceptedTypes(List.of("b", "a"))).isEqualTo(Map.of("type", "accepted-types",
                "types", List.of("a", "b")));
    }

    @Test
    void idsAreBytesAndIntegersAndIntervalsHaveTheClientsFloor() {
        assertThat(ControlMessages.setId("secure", 7)).isEqualTo(Map.of("type", "set-id", "id",
                Bytes.ascii("secure"), "insecure-id", 7L));
        assertThat(ControlMessages.setIntervals(Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(30)))
                .isEqualTo(Map.of("type", "set-intervals", "exchange", 60L, "urgent-exchange", 10L, "ping", 30L));
        assertThat(ControlMessages.intervalsKey(Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(30)))
                .isEqualTo("60/10/30");
        assertThat(ControlMessages.unknownId("web-1")).isEqualTo(Map.of("type", "unknown-id", "clone-of", "web-1"));
        assertThat(ControlMessages.unknownId(null)).isEqualTo(Map.of("type", "unknown-id"));
    }

    @Test
    void anUnregisteredClientIsToldToRegisterOnlyWhileItDoesNotKnow() {
        LandscapeRequest fresh = new LandscapeRequest(0L, 0L, ControlMessages.typesHash(List.of()), null, List.of());
        LandscapeRequest knows = new LandscapeRequest(0L, 1L, ControlMessages.typesHash(List.of("register")), null,
                List.of());

        assertThat(Answers.unregistered(fresh, null).get("messages")).isEqualTo(
                List.of(ControlMessages.acceptedTypes(List.of("register"))));
        assertThat(Answers.unregistered(knows, null).get("messages")).isEqualTo(List.of());
        assertThat(Answers.unregistered(knows, ControlMessages.unknownId(null))).containsOnlyKeys("server-api",
                "server-uuid", "messages");
    }

    private static Map<?, ?> decode(String capture) {
        return (Map<?, ?>) BpickleReader.read(Captures.resource(capture), BpickleLimits.EXCHANGE);
    }
}
