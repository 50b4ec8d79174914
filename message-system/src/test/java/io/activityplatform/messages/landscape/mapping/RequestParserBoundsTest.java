package io.activityplatform.messages.landscape.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.messages.landscape.bpickle.BpickleWriter;
import io.activityplatform.messages.landscape.bpickle.Bytes;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a client payload, at and one past each limit, with payloads built by the server's own
 * writer: inside the bounds it parses, one past them it is a 400 problem naming the field.
 */
class RequestParserBoundsTest {

    private static LandscapeRequest parse(Map<String, Object> payload) {
        return RequestParser.parse(BpickleWriter.write(payload));
    }

    private static void assertRefused(Map<String, Object> payload, String field) {
        assertThatThrownBy(() -> parse(payload)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly(field);
        });
    }

    private static Map<String, Object> message(String type) {
        Map<String, Object> message = new HashMap<>();
        message.put("type", type);
        return message;
    }

    @Test
    void anEmptyDictIsARequestWithNothingInIt() {
        LandscapeRequest request = parse(Map.of());

        assertThat(request.sequence()).isNull();
        assertThat(request.nextExpectedSequence()).isNull();
        assertThat(request.acceptedTypesHash()).isNull();
        assertThat(request.clientAcceptedTypes()).isNull();
        assertThat(request.messages()).isEmpty();
        assertThat(request.first("register")).isNull();
    }

    @Test
    void theNumberingAcceptsZeroAndTheLargestLongButNoNegativeOrNonInteger() {
        assertThat(parse(Map.of("sequence", 0L, "next-expected-sequence", Long.MAX_VALUE)).nextExpectedSequence())
                .isEqualTo(Long.MAX_VALUE);
        assertRefused(Map.of("next-expected-sequence", -1L), "next-expected-sequence");
        assertRefused(Map.of("sequence", "1"), "sequence");
        assertRefused(Map.of("sequence", 1.0), "sequence");
        assertRefused(Map.of("sequence", true), "sequence");
    }

    @Test
    void theAcceptedTypesHashMustBeBytesNotText() {
        Bytes digest = new Bytes(new byte[16]);
        assertThat(parse(Map.of("accepted-types", digest)).acceptedTypesHash()).isEqualTo(digest);
        assertRefused(Map.of("accepted-types", "d41d8cd98f00b204e9800998ecf8427e"), "accepted-types");
    }

    @Test
    void clientTypesAreBoundedInNumber() {
        List<String> most = Collections.nCopies(RequestParser.MAX_TYPES, "execute-script");
        assertThat(parse(Map.of("client-accepted-types", most)).clientAcceptedTypes()).hasSize(RequestParser.MAX_TYPES);

        List<String> tooMany = Collections.nCopies(RequestParser.MAX_TYPES + 1, "execute-script");
        assertRefused(Map.of("client-accepted-types", tooMany), "client-accepted-types");
    }

    @Test
    void aClientTypeIsBoundedInLengthAndNamedByItsIndex() {
        String longest = "t".repeat(RequestParser.MAX_TYPE_CHARS);
        assertThat(parse(Map.of("client-accepted-types", List.of(longest))).clientAcceptedTypes())
                .containsExactly(longest);

        assertRefused(Map.of("client-accepted-types", List.of("ok", longest + "t")), "client-accepted-types[1]");
        assertRefused(Map.of("client-accepted-types", List.of("ok", "ok", " ")), "client-accepted-types[2]");
        assertRefused(Map.of("client-accepted-types", List.of("a;b")), "client-accepted-types[0]");
        assertRefused(Map.of("client-accepted-types", List.of(7L)), "client-accepted-types[0]");
    }

    @Test
    void clientTypesSentAsBytesAreReadAsText() {
        assertThat(parse(Map.of("client-accepted-types", List.of(Bytes.ascii("ping"), "resynchronize")))
                .clientAcceptedTypes()).containsExactly("ping", "resynchronize");
    }

    @Test
    void messagesAreBoundedInNumber() {
        List<Object> most = new ArrayList<>(Collections.nCopies(RequestParser.MAX_MESSAGES, message("ping")));
        assertThat(parse(Map.of("messages", most)).messages()).hasSize(RequestParser.MAX_MESSAGES);

        most.add(message("ping"));
        assertRefused(Map.of("messages", most), "messages");
    }

    @Test
    void aMessageWithoutATextTypeIsNamedByItsIndex() {
        Map<String, Object> numericType = new HashMap<>();
        numericType.put("type", 3L);
        assertRefused(Map.of("messages", List.of(message("ping"), numericType)), "messages[1].type");
        assertRefused(Map.of("messages", List.of(message("ping"), message("ping"), List.of())), "messages[2]");
    }

    @Test
    void theFirstMessageOfATypeIsFoundAmongOthers() {
        Map<String, Object> first = message("operation-result");
        first.put("operation-id", 1L);
        Map<String, Object> second = message("operation-result");
        second.put("operation-id", 2L);

        LandscapeRequest request = parse(Map.of("messages", List.of(message("ping"), first, second)));

        assertThat(Fields.integer(request.first("operation-result"), "operation-id")).isEqualTo(1L);
        assertThat(request.first("register")).isNull();
        assertThatThrownBy(() -> request.messages().add(Map.of())).isInstanceOf(UnsupportedOperationException.class);
    }
}
