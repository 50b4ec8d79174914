package io.activityplatform.messages.landscape.service;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.landscape.mapping.ActivityMessages;
import io.activityplatform.messages.landscape.mapping.Fields;
import io.activityplatform.messages.landscape.mapping.LandscapeRequest;
import io.activityplatform.messages.landscape.repository.LandscapeComputer;
import io.activityplatform.messages.landscape.repository.LandscapeRepository;
import io.activityplatform.service.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The client's messages → the core's: operation answers become results (the integer operation id looked up
 * among this computer's own), everything else a report the core acknowledges. Numbers move by the
 * computer's offset, so the core's sequence and acknowledgement rules apply unchanged. What the server uses
 * from reports (hostname, distribution, the client's types) is stored.
 */
@ApplicationScoped
public class IncomingMessages {

    /** An id no activity has: the core answers "unknown operation" and changes nothing. */
    static final UUID NO_ACTIVITY = new UUID(0, 0);

    private final LandscapeRepository landscape;
    private final Clock clock;

    public IncomingMessages(LandscapeRepository landscape, Clock clock) {
        this.landscape = landscape;
        this.clock = clock;
    }

    public Uni<List<AgentMessage>> toCore(LandscapeComputer computer, LandscapeRequest request) {
        if (request.sequence() == null) {
            return Uni.createFrom().item(new ArrayList<>());
        }
        List<Numbered> numbered = new ArrayList<>(request.messages().size());
        for (int i = 0; i < request.messages().size(); i++) {
            long coreSequence = computer.coreSequence(request.sequence() + i);
            if (coreSequence >= 1) { // else sent before this computer was registered
                numbered.add(new Numbered(coreSequence, request.messages().get(i)));
            }
        }
        // up to RequestParser.MAX_MESSAGES of them: in turn, flat on the stack
        return InTurn.each(numbered, n -> translate(computer, n.coreSequence(), n.message()))
                .map(ArrayList::new);
    }

    private record Numbered(long coreSequence, Map<Object, Object> message) {
    }

    private Uni<AgentMessage> translate(LandscapeComputer computer, long coreSequence, Map<Object, Object> message) {
        String type = Fields.text(message, "type");
        Long operationId = Fields.integer(message, "operation-id");
        boolean answer = "operation-result".equals(type) || "resynchronize".equals(type) && operationId != null;
        if (!answer) {
            return Uni.createFrom().item(new AgentMessage.Report(coreSequence, type));
        }
        Uni<UUID> activity = operationId == null ? Uni.createFrom().item(NO_ACTIVITY)
                : landscape.activityOf(computer.computerId(), operationId).map(found -> found.orElse(NO_ACTIVITY));
        return activity.map(id -> ActivityMessages.result(coreSequence, id, message));
    }

    /** Keeps what the client told about itself; the latest message of each kind wins. */
    public Uni<Void> keepFacts(LandscapeComputer computer, LandscapeRequest request) {
        String hostname = null;
        String distribution = null;
        for (Map<Object, Object> message : request.messages()) {
            String type = Fields.text(message, "type");
            if ("computer-info".equals(type)) {
                hostname = firstNonNull(Fields.text(message, "hostname", 255), hostname);
            } else if ("distribution-info".equals(type)) {
                distribution = firstNonNull(Fields.text(message, "description", 255), distribution);
            }
        }
        String types = request.clientAcceptedTypes() == null ? null
                : String.join(";", request.clientAcceptedTypes().stream().sorted().toList());
        if (hostname == null && distribution == null && types == null) {
            return Uni.createFrom().voidItem();
        }
        return landscape.saveFacts(computer.computerId(), types, hostname, distribution, clock.instant());
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
