package io.activityplatform.messages.landscape.service;

import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.ExchangeResponse;
import io.activityplatform.messages.domain.ServerMessage;
import io.activityplatform.messages.exchange.ResultRecorder;
import io.activityplatform.messages.landscape.bpickle.BpickleWriter;
import io.activityplatform.messages.landscape.bpickle.Encoded;
import io.activityplatform.messages.landscape.mapping.ActivityMessages;
import io.activityplatform.messages.landscape.mapping.ControlMessages;
import io.activityplatform.messages.landscape.repository.LandscapeComputer;
import io.activityplatform.messages.landscape.repository.LandscapeRepository;
import io.activityplatform.service.reactive.InTurn;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The core's unacknowledged messages → what the client counts. Each new core message gets the client's next
 * position (or is skipped: cancels, which the stock client cannot act on, and activities whose message type
 * the client does not accept, which are failed {@code UNSUPPORTED_BY_CLIENT} through the core's result rule
 * instead of being sent). Protocol messages (accepted-types, set-intervals) take positions too. The answer
 * re-sends every stored message from the client's count on, byte for byte; messages below the count are
 * deleted, so the table holds only what is in flight.
 */
@ApplicationScoped
public class OutgoingMessages {

    /** Messages per answer; the client comes back for the rest. */
    static final int MAX_PER_ANSWER = 200;

    private final LandscapeRepository landscape;
    private final ResultRecorder results;
    private final MessagesConfig config;
    private final Clock clock;

    public OutgoingMessages(LandscapeRepository landscape, ResultRecorder results, MessagesConfig config,
            Clock clock) {
        this.landscape = landscape;
        this.results = results;
        this.config = config;
        this.clock = clock;
    }

    /** Fails the activities the client would not accept; safe to repeat (the core ignores duplicates). */
    public Uni<Void> refuseUnsupported(LandscapeComputer computer, List<String> clientTypes, ExchangeResponse core) {
        if (clientTypes == null) {
            return Uni.createFrom().voidItem();
        }
        List<ServerMessage> refused = fresh(computer, core).stream()
                .filter(m -> m.kind() == ServerMessage.Kind.EXECUTE && !accepted(m, clientTypes)).toList();
        return InTurn.run(refused, m -> {
            String type = ActivityMessages.clientType(m.activityType());
            String why = type == null ? "the Landscape Client has no message for " + m.activityType()
                    : "this computer's Landscape Client does not accept '" + type + "' messages (plugin off)";
            return results.record(computer.computerId(), new AgentMessage.Result(0, m.operationId(), false, null, why,
                    ErrorCodes.UNSUPPORTED_BY_CLIENT));
        });
    }

    /** Translates the new core messages, adds protocol messages, and returns everything the client lacks. */
    public Uni<List<Encoded>> translate(String computerId, long clientCount, List<String> clientTypes,
            boolean typesHashCurrent, ExchangeResponse core) {
        return landscape.inTransaction(tx -> landscape.lock(tx, computerId).flatMap(found -> {
            LandscapeComputer computer = found.orElseThrow();
            Cursor cursor = new Cursor(computer.nextPosition(), computer.mappedThrough());
            Uni<Void> chain = InTurn.run(clientTypes == null ? List.<ServerMessage>of() : fresh(computer, core),
                    m -> translate(tx, computerId, m, clientTypes, cursor));
            String intervals = ControlMessages.intervalsKey(config.exchange().interval(),
                    config.exchange().urgentInterval(), config.exchange().pingInterval());
            return chain
                    .call(() -> typesHashCurrent ? Uni.createFrom().voidItem() : appendOnce(tx, computerId,
                            clientCount, cursor, BpickleWriter.write(ControlMessages.acceptedTypes(
                                    ControlMessages.REGISTERED_TYPES))))
                    .call(() -> intervals.equals(computer.intervalsSent()) ? Uni.createFrom().voidItem()
                            : append(tx, computerId, cursor, null, BpickleWriter.write(ControlMessages.setIntervals(
                                    config.exchange().interval(), config.exchange().urgentInterval(),
                                    config.exchange().pingInterval()))))
                    .call(() -> landscape.saveProgress(tx, computerId, cursor.position, cursor.mapped, intervals,
                            clock.instant()))
                    .call(() -> landscape.forgetReceived(tx, computerId, clientCount))
                    .flatMap(v -> landscape.unreceived(tx, computerId, clientCount, MAX_PER_ANSWER))
                    .map(bodies -> bodies.stream().map(Encoded::new).toList());
        }));
    }

    private Uni<Void> translate(SqlConnection tx, String computerId, ServerMessage m, List<String> clientTypes,
            Cursor cursor) {
        if (m.kind() != ServerMessage.Kind.EXECUTE || !accepted(m, clientTypes)) {
            cursor.mapped = m.sequence(); // a cancel, or refused: acknowledged to the core, never sent
            return Uni.createFrom().voidItem();
        }
        return landscape.operationId(tx, m.operationId(), computerId)
                .flatMap(operationId -> append(tx, computerId, cursor, m.sequence(),
                        BpickleWriter.write(ActivityMessages.operation(m, operationId))))
                .invoke(() -> cursor.mapped = m.sequence());
    }

    /** A protocol message once: not again while an identical one is still unreceived. */
    private Uni<Void> appendOnce(SqlConnection tx, String computerId, long clientCount, Cursor cursor, byte[] body) {
        return landscape.isUnreceived(tx, computerId, clientCount, body)
                .flatMap(pending -> pending ? Uni.createFrom().voidItem() : append(tx, computerId, cursor, null, body));
    }

    private Uni<Void> append(SqlConnection tx, String computerId, Cursor cursor, Long coreSequence, byte[] body) {
        long position = cursor.position++;
        return landscape.append(tx, computerId, position, coreSequence, body);
    }

    private static List<ServerMessage> fresh(LandscapeComputer computer, ExchangeResponse core) {
        return core.messages().stream().filter(m -> m.sequence() > computer.mappedThrough())
                .sorted(Comparator.comparingLong(ServerMessage::sequence)).toList();
    }

    private static boolean accepted(ServerMessage m, List<String> clientTypes) {
        String type = ActivityMessages.clientType(m.activityType());
        return type != null && clientTypes.contains(type);
    }

    /** Where the translation stands inside one transaction. */
    private static final class Cursor {
        long position;
        long mapped;

        Cursor(long position, long mapped) {
            this.position = position;
            this.mapped = mapped;
        }
    }
}
