package io.activityplatform.messages.landscape.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.landscape.mapping.LandscapeRequest;
import io.activityplatform.messages.landscape.repository.LandscapeComputer;
import io.activityplatform.messages.landscape.repository.LandscapeRepository;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The stock client's messages translated for the core, with the operation table stubbed: numbering moves
 * by the computer's offset (messages from before its registration are dropped), operation answers are
 * looked up among this computer's own operations only, and the facts the client reports are kept, latest
 * first, bounded.
 */
class IncomingMessagesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final UUID ACTIVITY = UUID.randomUUID();

    private final List<String> lookups = new ArrayList<>();
    private final List<List<String>> saved = new ArrayList<>();

    private final IncomingMessages incoming = new IncomingMessages(new LandscapeRepository(null) {
        @Override
        public Uni<Optional<UUID>> activityOf(String computerId, long operationId) {
            lookups.add(computerId + "#" + operationId);
            return Uni.createFrom().item(operationId == 7 && computerId.equals("c1") ? Optional.of(ACTIVITY)
                    : Optional.empty());
        }

        @Override
        public Uni<Void> saveFacts(String computerId, String clientAcceptedTypes, String hostname,
                String distribution, Instant now) {
            saved.add(Arrays.asList(computerId, clientAcceptedTypes, hostname, distribution,
                    now.toString()));
            return Uni.createFrom().voidItem();
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    /** Client sequence 10 is the core's agent sequence 1. */
    private static final LandscapeComputer COMPUTER = new LandscapeComputer("c1", 42, 10, null, 0, 0, null, null,
            null, null);

    private static Map<Object, Object> message(String type, Object... keyValues) {
        Map<Object, Object> message = new HashMap<>();
        message.put("type", type);
        for (int i = 0; i < keyValues.length; i += 2) {
            message.put(keyValues[i], keyValues[i + 1]);
        }
        return message;
    }

    private static LandscapeRequest request(Long sequence, List<String> types, List<Map<Object, Object>> messages) {
        return new LandscapeRequest(sequence, 0L, null, types, messages);
    }

    private List<AgentMessage> toCore(LandscapeRequest request) {
        return incoming.toCore(COMPUTER, request).await().indefinitely();
    }

    @Test
    void theMostMessagesARequestMayCarryAreTranslatedInOrderOnASmallStack() throws Exception {
        List<Map<Object, Object>> messages = new ArrayList<>();
        for (int i = 0; i < io.activityplatform.messages.landscape.mapping.RequestParser.MAX_MESSAGES; i++) {
            messages.add(i % 2 == 0 ? message("computer-info") : message("operation-result", "operation-id", 7L));
        }
        // a chain nested per message overflowed this stack, and the exchange never got its answer
        Object outcome = io.activityplatform.service.testing.SmallStack.run(() -> toCore(request(10L, null, messages)));

        assertThat(outcome).isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<AgentMessage> core = (List<AgentMessage>) outcome;
        assertThat(core).hasSize(messages.size());
        assertThat(core.get(core.size() - 1).sequence()).isEqualTo(messages.size());
        assertThat(core.get(1)).isInstanceOf(AgentMessage.Result.class);
    }

    @Test
    void withoutASequenceNothingIsTranslated() {
        assertThat(toCore(request(null, null, List.of(message("operation-result", "operation-id", 7L)))))
                .isEmpty();
        assertThat(lookups).isEmpty();
    }

    @Test
    void numbersMoveByTheOffsetAndMessagesFromBeforeRegistrationAreDropped() {
        List<AgentMessage> core = toCore(request(8L, null, List.of(message("computer-info"),
                message("packages"), message("computer-info"), message("distribution-info"))));

        // client 8 and 9 precede the registration (core 1 = client 10)
        assertThat(core).extracting(AgentMessage::sequence).containsExactly(1L, 2L);
        assertThat(core).allMatch(m -> m instanceof AgentMessage.Report);
    }

    @Test
    void anOperationResultIsLookedUpAmongThisComputersOperations() {
        List<AgentMessage> core = toCore(request(10L, null, List.of(
                message("operation-result", "operation-id", 7L, "status", 6L, "result-text", "ok"),
                message("operation-result", "operation-id", 8L, "status", 5L))));

        assertThat(lookups).containsExactly("c1#7", "c1#8");
        AgentMessage.Result known = (AgentMessage.Result) core.get(0);
        AgentMessage.Result unknown = (AgentMessage.Result) core.get(1);
        assertThat(known.operationId()).isEqualTo(ACTIVITY);
        assertThat(known.sequence()).isEqualTo(1);
        assertThat(unknown.operationId()).as("no activity: the core answers unknown operation")
                .isEqualTo(IncomingMessages.NO_ACTIVITY);
        assertThat(unknown.sequence()).isEqualTo(2);
    }

    @Test
    void anOperationResultWithoutIdIsAnUnknownOperationWithoutALookup() {
        List<AgentMessage> core = toCore(request(10L, null, List.of(message("operation-result", "status", 6L))));

        assertThat(lookups).isEmpty();
        assertThat(((AgentMessage.Result) core.get(0)).operationId()).isEqualTo(IncomingMessages.NO_ACTIVITY);
    }

    @Test
    void aResynchronizeIsAnAnswerOnlyWhenItNamesAnOperation() {
        List<AgentMessage> core = toCore(request(10L, null, List.of(message("resynchronize"),
                message("resynchronize", "operation-id", 7L))));

        assertThat(core.get(0)).isInstanceOf(AgentMessage.Report.class);
        assertThat(core.get(1)).isInstanceOfSatisfying(AgentMessage.Result.class,
                r -> assertThat(r.operationId()).isEqualTo(ACTIVITY));
    }

    @Test
    void theLatestFactsAreKeptBoundedWithTheTypesSorted() {
        incoming.keepFacts(COMPUTER, request(10L, List.of("ping", "execute-script", "computer-info"), List.of(
                message("computer-info", "hostname", "old-name"),
                message("distribution-info", "description", "Ubuntu 24.04 LTS"),
                message("computer-info", "hostname", "h".repeat(300))))).await().indefinitely();

        assertThat(saved).containsExactly(List.of("c1", "computer-info;execute-script;ping", "h".repeat(255),
                "Ubuntu 24.04 LTS", NOW.toString()));
    }

    @Test
    void aBlankFactDoesNotOverwriteAnEarlierOne() {
        incoming.keepFacts(COMPUTER, request(10L, null, List.of(message("computer-info", "hostname", "web-1"),
                message("computer-info", "hostname", "  ")))).await().indefinitely();

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).get(2)).isEqualTo("web-1");
    }

    @Test
    void nothingToKeepWritesNothing() {
        incoming.keepFacts(COMPUTER, request(10L, null, List.of(message("packages")))).await().indefinitely();

        assertThat(saved).isEmpty();
    }
}
