package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Illegal text (docs/events.md, "Legal values") is refused where it enters: in a body while it is read, with
 * the field's path, and in parameters and headers by name, so it never reaches a query or an event.
 */
class LegalTextInputTest {

    public record Body(String name, Map<String, String> labels, List<String> tags) {
    }

    public record AgentOutput(@JsonDeserialize(using = LegalTextModule.AnyText.class) String output, String title) {
    }

    private final ObjectMapper mapper = legalMapper();

    private static ObjectMapper legalMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new LegalTextModule().customize(mapper);
        return mapper;
    }

    @Test
    void legalTextIncludingTabsNewlinesAndAstralCharactersIsRead() throws Exception {
        Body body = mapper.readValue("{\"name\":\"a\\tb\\nc \\ud83d\\ude00 \u00e9\",\"labels\":{\"k\":\"v\"},"
                + "\"tags\":[\"x\"]}", Body.class);

        assertThat(body.name()).isEqualTo("a\tb\nc \ud83d\ude00 \u00e9");
        assertThat(body.labels()).containsEntry("k", "v");
    }

    @Test
    void aNulInAFieldIsRefusedNamingTheFieldAndTheCharacter() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"ab\\u0000\"}", Body.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                            .containsExactly("name");
                    assertThat(e.getOriginalMessage()).isEqualTo("illegal character U+0000 at index 2");
                });
    }

    @Test
    void anUnpairedSurrogateInAListIsRefusedWithItsIndex() {
        assertThatThrownBy(() -> mapper.readValue("{\"tags\":[\"ok\",\"x\\ud800\"]}", Body.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                            .containsExactly("tags", null);
                    assertThat(e.getPath().get(1).getIndex()).isEqualTo(1);
                    assertThat(e.getOriginalMessage()).startsWith("unpaired surrogate U+D800");
                });
    }

    @Test
    void mapKeysAndMapValuesAreCheckedToo() {
        assertThatThrownBy(() -> mapper.readValue("{\"labels\":{\"k\\u0007\":\"v\"}}", Body.class))
                .isInstanceOfSatisfying(JsonMappingException.class,
                        e -> assertThat(e.getOriginalMessage()).startsWith("key illegal character U+0007"));
        assertThatThrownBy(() -> mapper.readValue("{\"labels\":{\"k\":\"\\uffff\"}}", Body.class))
                .isInstanceOfSatisfying(JsonMappingException.class,
                        e -> assertThat(e.getOriginalMessage()).startsWith("illegal character U+FFFF"));
    }

    @Test
    void onlyAFieldThatOptedOutTakesAnyText() throws Exception {
        AgentOutput read = mapper.readValue("{\"output\":\"\\u0000\\u001b[0m\"}", AgentOutput.class);
        assertThat(read.output()).isEqualTo("\u0000\u001b[0m");

        assertThatThrownBy(() -> mapper.readValue("{\"title\":\"\\u0000\"}", AgentOutput.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void aParameterWithAnIllegalValueIsNamed() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("status", "QUEUED");
        query.add("q", "ok");
        query.add("q", "bad\u0000");

        Problem.FieldError bad = LegalTextFilter.firstIllegal(query, "");

        assertThat(bad).isEqualTo(new Problem.FieldError("q", "illegal character U+0000 at index 3"));
    }

    @Test
    void anIllegalParameterNameIsReportedSanitized() {
        MultivaluedHashMap<String, String> headers = new MultivaluedHashMap<>();
        headers.add("X-\u0001", "v");

        Problem.FieldError bad = LegalTextFilter.firstIllegal(headers, "header ");

        assertThat(bad.field()).isEqualTo("header X-\uFFFD"); // the answer itself carries no illegal text
        assertThat(bad.message()).startsWith("name has illegal character U+0001");
    }

    @Test
    void legalParametersPass() {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        query.add("q", "caf\u00e9 \ud83d\ude00\t");
        query.add("empty", "");

        assertThat(LegalTextFilter.firstIllegal(query, "")).isNull();
        assertThat(LegalTextFilter.firstIllegal(new MultivaluedHashMap<>(), "")).isNull();
    }
}
