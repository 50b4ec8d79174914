package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher's dependency-free JSON reader: what SmallRye Health answers must come out exactly, and
 * anything that is not one complete JSON value must be refused (a half-read answer could look "UP").
 */
class JsonTest {

    @Test
    void aHealthAnswerIsReadIntoMapsListsAndScalars() {
        Object parsed = Json.parse("""
                {
                  "status": "DOWN",
                  "checks": [
                    {"name": "Kafka", "status": "UP"},
                    {"name": "projection", "status": "DOWN", "data": {"lag": 12, "stalled": true, "why": null}}
                  ]
                }
                """);

        assertThat(parsed).isEqualTo(Map.of("status", "DOWN", "checks", List.of(
                Map.of("name", "Kafka", "status", "UP"),
                Map.of("name", "projection", "status", "DOWN",
                        "data", mapWithNull("lag", 12.0, "stalled", true, "why")))));
    }

    @Test
    void objectsKeepTheirKeyOrderAndALaterDuplicateWins() {
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) Json.parse("{\"z\":1,\"a\":2,\"z\":3}");

        assertThat(parsed.keySet()).containsExactly("z", "a");
        assertThat(parsed.get("z")).isEqualTo(3.0);
    }

    @Test
    void everyStringEscapeIsDecoded() {
        assertThat(Json.parse("\"q\\\" b\\\\ s\\/ n\\n t\\t r\\r b\\b f\\f u\\u00e9\\u20AC\""))
                .isEqualTo("q\" b\\ s/ n\n t\t r\r b\b f\f u\u00e9\u20ac");
    }

    @Test
    void numbersAreDoublesInEveryNotation() {
        assertThat(Json.parse("[0, -7, 2.5, 1e3, -1.5E-2]"))
                .isEqualTo(List.of(0.0, -7.0, 2.5, 1000.0, -0.015));
    }

    @Test
    void emptyContainersAndSurroundingWhitespaceAreFine() {
        assertThat(Json.parse(" \n\t{ } ")).isEqualTo(Map.of());
        assertThat(Json.parse("[ ]")).isEqualTo(List.of());
        assertThat(Json.parse("[[],{}]")).isEqualTo(List.of(List.of(), Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                       // nothing
        "   ",                    // only space
        "{\"status\":\"UP\"} x",  // a complete value followed by more
        "{\"status\":\"UP\"}}",
        "{\"status\":\"UP\"",     // cut off
        "{\"status\" \"UP\"}",    // no colon
        "{\"a\":1,}",             // trailing comma
        "{status:\"UP\"}",        // unquoted key
        "[1 2]",                  // no comma
        "\"open",                 // unterminated string
        "tru",                    // a literal cut short
        "nul",
        "<html>502</html>",       // a proxy's error page
        "-",                      // a sign without digits
    })
    void anythingButOneCompleteValueIsRefused(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theErrorSaysWhereTheTextWentWrong() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1} junk")).hasMessage("trailing text at offset 8");
    }

    @Test
    void aBrokenEscapeMakesAServiceNotReadyRatherThanFailingTheGate() {
        for (String body : List.of("{\"status\":\"UP\\u00\"}", "{\"status\":\"UP\\")) {
            Readiness readiness = Readiness.fromAnswer("svc", 200, body);
            assertThat(readiness.up()).as(body).isFalse();
            assertThat(readiness.problems()).singleElement().asString().contains("not a health answer");
        }
    }

    private static Map<String, Object> mapWithNull(String k1, Object v1, String k2, Object v2, String nullKey) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(nullKey, null);
        return map;
    }

    @Test
    void nullsInsideArraysAreKept() {
        assertThat(Json.parse("[null,false]")).isEqualTo(Arrays.asList(null, false));
    }
}
