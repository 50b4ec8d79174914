package io.activityplatform.messages.landscape.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.messages.landscape.support.Captures;
import io.activityplatform.service.rest.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's payloads on both paths parse; malformed ones are 400 problems naming the field. */
class RequestParserTest {

    @Test
    void theDaemonsRegisterExchangeCarriesItsNumbering() {
        LandscapeRequest request = RequestParser.parse(Captures.resource("daemon-path/02-register.bpickle"));

        assertThat(request.sequence()).isZero();
        assertThat(request.nextExpectedSequence()).isEqualTo(1);
        assertThat(request.acceptedTypesHash()).isEqualTo(ControlMessages.typesHash(List.of("register")));
        assertThat(Fields.text(request.first("register"), "account_name")).isEqualTo("test-account");
        assertThat(request.first("register").get("tags")).isNull();
    }

    @Test
    void landscapeConfigsBareRegistrationHasNoNumbering() {
        LandscapeRequest request = RequestParser.parse(
                Captures.resource("config-path/01-register-by-landscape-config.bpickle"));

        assertThat(request.sequence()).isNull();
        assertThat(request.nextExpectedSequence()).isNull();
        assertThat(Fields.text(request.first("register"), "vm_info")).isEmpty(); // bytes read as text
    }

    @Test
    void theFirstExchangeCarriesTheClientsTypes() {
        LandscapeRequest request = RequestParser.parse(
                Captures.resource("daemon-path/01-exchange-before-registration.bpickle"));

        assertThat(request.clientAcceptedTypes()).hasSize(40).contains("execute-script");
        assertThat(request.messages()).isEmpty();
    }

    @Test
    void malformedPayloadsNameTheField() {
        assertField("", "body");
        assertField("i1;", "body");
        assertField("du8:messagesi1;;", "messages");
        assertField("du8:messageslu1:x;;", "messages[0]");
        assertField("du8:messagesld;;;", "messages[0].type");
        assertField("du8:sequencei-1;;", "sequence");
        assertField("du14:accepted-typesu3:abc;", "accepted-types");
        assertField("du21:client-accepted-typeslu3:a;b;;", "client-accepted-types[0]");
        assertField("du21:client-accepted-typesi1;;", "client-accepted-types");
    }

    private static void assertField(String body, String field) {
        assertThatThrownBy(() -> RequestParser.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(f -> f.field()).containsExactly(field);
                });
    }
}
