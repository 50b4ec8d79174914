package io.activityplatform.messages.landscape.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.landscape.bpickle.Bytes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer dict leaves out what the client must not see, and field reads never throw. */
class AnswersAndFieldsTest {

    @Test
    void absentFieldsAreLeftOutSoTheClientFallsBackAsDocumented() {
        Map<String, Object> bare = Answers.answer(List.of(), null, null, null);
        Map<String, Object> full = Answers.answer(List.of(), 4L, "tok", Bytes.ascii("h"));

        assertThat(bare).containsOnlyKeys("server-api", "server-uuid", "messages");
        assertThat(bare.get("server-api")).isEqualTo(Bytes.ascii("3.3"));
        assertThat(full).containsEntry("next-expected-sequence", 4L)
                .containsEntry("next-exchange-token", Bytes.ascii("tok"))
                .containsEntry("client-accepted-types-hash", Bytes.ascii("h"));
    }

    @Test
    void fieldsReadTextFromEitherStringTypeAndIgnoreOtherTypes() {
        Map<String, Object> m = Map.of("t", "text", "b", Bytes.ascii("bytes"), "i", 5L, "blank", "  ",
                "long", "x".repeat(300));

        assertThat(Fields.text(m, "t")).isEqualTo("text");
        assertThat(Fields.text(m, "b")).isEqualTo("bytes");
        assertThat(Fields.text(m, "i")).isNull();
        assertThat(Fields.text(m, "missing")).isNull();
        assertThat(Fields.text(m, "blank", 10)).isNull();
        assertThat(Fields.text(m, "long", 255)).hasSize(255);
        assertThat(Fields.integer(m, "i")).isEqualTo(5L);
        assertThat(Fields.integer(m, "t")).isNull();
    }
}
