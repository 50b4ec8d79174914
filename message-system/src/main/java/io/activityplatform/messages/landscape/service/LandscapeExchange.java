package io.activityplatform.messages.landscape.service;

import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.messages.domain.AgentRecord;
import io.activityplatform.messages.domain.ExchangeRequest;
import io.activityplatform.messages.exchange.AgentAuthenticator;
import io.activityplatform.messages.exchange.ExchangeService;
import io.activityplatform.messages.landscape.mapping.Answers;
import io.activityplatform.messages.landscape.mapping.ControlMessages;
import io.activityplatform.messages.landscape.mapping.LandscapeRequest;
import io.activityplatform.messages.landscape.repository.LandscapeComputer;
import io.activityplatform.messages.landscape.repository.LandscapeRepository;
import io.activityplatform.service.projection.ComputerViewStore;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One exchange of a registered client, through the one {@link ExchangeService}: the client's count of
 * received messages becomes the core's acknowledgement, its messages the core's (results, reports), and the
 * core's answer the client's messages. Unknown or removed computers and clones (a wrong exchange token, which
 * the core detects and records) are told {@code unknown-id}, which makes the client register again.
 */
@ApplicationScoped
public class LandscapeExchange {

    private static final String TOKEN_MISMATCH = "urn:activityplatform:problem:exchange-token-mismatch";

    private final AgentAuthenticator authenticator;
    private final ExchangeService exchange;
    private final LandscapeRepository landscape;
    private final IncomingMessages incoming;
    private final OutgoingMessages outgoing;
    private final ComputerViewStore computers;
    private final Clock clock;

    public LandscapeExchange(AgentAuthenticator authenticator, ExchangeService exchange, LandscapeRepository landscape,
            IncomingMessages incoming, OutgoingMessages outgoing, ComputerViewStore computers, Clock clock) {
        this.authenticator = authenticator;
        this.exchange = exchange;
        this.landscape = landscape;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.computers = computers;
        this.clock = clock;
    }

    public Uni<Map<String, Object>> exchange(String secureId, String token, LandscapeRequest request) {
        return authenticator.authenticate(secureId)
                .flatMap(agent -> computer(agent, request).flatMap(computer -> exchange(computer, secureId, token,
                        request)))
                .onFailure(LandscapeExchange::unknownComputer)
                .recoverWithItem(() -> Answers.unregistered(request, ControlMessages.unknownId(null)));
    }

    private Uni<Map<String, Object>> exchange(LandscapeComputer computer, String secureId, String token,
            LandscapeRequest request) {
        long clientCount = request.nextExpectedSequence() != null ? request.nextExpectedSequence()
                : computer.nextPosition();
        // landscape-config does not keep the registration's token: the daemon's first exchange has none
        String presented = token == null || token.isEmpty() ? computer.firstToken() : token;
        List<String> clientTypes = request.clientAcceptedTypes() != null
                ? request.clientAcceptedTypes().stream().sorted().toList() : computer.clientAcceptedTypes();
        boolean typesHashCurrent = ControlMessages.typesHash(ControlMessages.REGISTERED_TYPES)
                .equals(request.acceptedTypesHash());
        return incoming.toCore(computer, request)
                .flatMap(messages -> landscape.coreAcknowledgement(computer, clientCount)
                        .flatMap(ack -> exchange.exchange(new ExchangeRequest(secureId, presented, ack, messages))))
                .flatMap(core -> incoming.keepFacts(computer, request)
                        .call(() -> outgoing.refuseUnsupported(computer, clientTypes, core))
                        .flatMap(v -> outgoing.translate(computer.computerId(), clientCount, clientTypes,
                                typesHashCurrent, core))
                        .map(messages -> Answers.answer(messages, computer.clientSequence(core.nextExpectedSequence()),
                                core.nextExchangeToken(),
                                clientTypes == null ? null : ControlMessages.typesHash(clientTypes))))
                .onFailure(LandscapeExchange::isClone).recoverWithUni(e -> cloneAnswer(computer, request));
    }

    /** A computer registered through the JSON protocol that now speaks Landscape: one computer, one row. */
    private Uni<LandscapeComputer> computer(AgentRecord agent, LandscapeRequest request) {
        return landscape.find(agent.computerId()).flatMap(found -> found.isPresent()
                ? Uni.createFrom().item(found.get())
                : landscape.insert(agent.computerId(), request.sequence() == null ? 0 : request.sequence(), null,
                                request.nextExpectedSequence() == null ? 0 : request.nextExpectedSequence(),
                                agent.ackedSequence() - 1, null, clock.instant())
                        .flatMap(v -> landscape.find(agent.computerId())).map(row -> row.orElseThrow()));
    }

    /**
     * The core already marked the computer clone-suspected; the copy is told it is unknown and a clone of the
     * original (named by title, as Landscape does), so it registers as a new computer.
     */
    private Uni<Map<String, Object>> cloneAnswer(LandscapeComputer computer, LandscapeRequest request) {
        return computers.find(computer.computerId()).map(state -> Answers.unregistered(request,
                ControlMessages.unknownId(state.map(ComputerState::title).orElse(computer.computerId()))));
    }

    private static boolean isClone(Throwable e) {
        return e instanceof ProblemException p && TOKEN_MISMATCH.equals(p.problem().type());
    }

    /** No such secure id (401), or a removed computer (403 from the core). */
    private static boolean unknownComputer(Throwable e) {
        return e instanceof ProblemException p && (p.problem().status() == 401
                || p.problem().status() == 403 && !TOKEN_MISMATCH.equals(p.problem().type()));
    }
}
