package io.activityplatform.messages.landscape.service;

import io.activityplatform.messages.landscape.mapping.Answers;
import io.activityplatform.messages.landscape.mapping.ControlMessages;
import io.activityplatform.messages.landscape.mapping.Fields;
import io.activityplatform.messages.landscape.mapping.LandscapeRequest;
import io.activityplatform.messages.landscape.repository.LandscapeRepository;
import io.activityplatform.messages.registration.Registration;
import io.activityplatform.messages.registration.RegistrationService;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The client's {@code register} message through the one {@link RegistrationService}: account name and
 * registration password are the account id and its key. Success answers {@code set-id} (secure id as bytes,
 * insecure id as an integer); an unknown account or wrong key answers {@code registration: unknown-account},
 * the only refusal the client understands. A manually accepted account's computer gets its ids too and
 * simply receives no activities until accepted, as with our agent. Registrations are rate-limited like the JSON
 * protocol's (in {@link RegistrationService}); over the limit the answer is the 429 problem, which the client
 * treats as a failed exchange and retries later.
 */
@ApplicationScoped
public class LandscapeRegistration {

    private final RegistrationService registration;
    private final LandscapeRepository landscape;
    private final Clock clock;

    public LandscapeRegistration(RegistrationService registration, LandscapeRepository landscape, Clock clock) {
        this.registration = registration;
        this.landscape = landscape;
        this.clock = clock;
    }

    public Uni<Map<String, Object>> register(LandscapeRequest request, Map<Object, Object> message,
            String sourceAddress) {
        String account = Fields.text(message, "account_name");
        String key = Fields.text(message, "registration_password");
        if (account == null || key == null) {
            return Uni.createFrom().item(Answers.answer(List.of(ControlMessages.unknownAccount()), null, null, null));
        }
        String hostname = Fields.text(message, "hostname", 255);
        String title = Fields.text(message, "computer_title", 200);
        Registration asked = new Registration(account, key, title != null ? title : hostname != null ? hostname
                : "landscape-client", hostname, tags(Fields.text(message, "tags")));
        return registration.register(asked, sourceAddress)
                .flatMap(granted -> remember(request, granted, hostname))
                .onFailure(e -> e instanceof ProblemException p && p.problem().status() == 403)
                .recoverWithItem(() -> Answers.answer(List.of(ControlMessages.unknownAccount()), null, null, null));
    }

    /**
     * Numbering, as the two registration paths need it. The daemon registers inside an exchange: its register
     * message's sequence is consumed and the set-id counts as a received message. landscape-config sends a
     * bare {@code {messages: [register]}}: the daemon then starts at sequence 0 and does not count set-id.
     */
    private Uni<Map<String, Object>> remember(LandscapeRequest request, Registration.Granted granted,
            String hostname) {
        long offset = request.sequence() == null ? 0 : request.sequence() + request.messages().size();
        long nextPosition = request.nextExpectedSequence() == null ? 0 : request.nextExpectedSequence() + 1;
        String types = request.clientAcceptedTypes() == null ? null
                : String.join(";", request.clientAcceptedTypes().stream().sorted().toList());
        return landscape.insert(granted.computerId(), offset, granted.exchangeToken(), nextPosition, 0, hostname,
                        clock.instant())
                .flatMap(v -> landscape.saveFacts(granted.computerId(), types, null, null, clock.instant()))
                .flatMap(v -> landscape.find(granted.computerId()))
                .map(row -> Answers.answer(
                        List.of(ControlMessages.setId(granted.secretId(), row.orElseThrow().insecureId())),
                        request.sequence() == null ? null : offset, granted.exchangeToken(),
                        request.clientAcceptedTypes() == null ? null
                                : ControlMessages.typesHash(request.clientAcceptedTypes())));
    }

    /** The client's tags are one comma-separated text; bounded as the JSON registration bounds them. */
    static List<String> tags(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> t.length() > 100 ? t.substring(0, 100) : t).limit(50).toList();
    }
}
