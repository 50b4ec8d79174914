package io.activityplatform.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.service.rest.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private final PageCursor cursor = new PageCursor(Instant.parse("2026-03-01T10:00:00.123456Z"), UUID.randomUUID(),
            SortOrder.DESC);

    @Test
    void aCursorRoundTripsExactlyAndIsUrlSafe() {
        String encoded = CursorCodec.encode(cursor);

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(CursorCodec.decode(encoded, SortOrder.DESC)).isEqualTo(cursor);
        assertThat(CursorCodec.decode(null, SortOrder.ASC)).isNull();
        assertThat(CursorCodec.decode(" ", SortOrder.ASC)).isNull();
    }

    @Test
    void garbageOrAnotherOrdersCursorIsA400NamingCursor() {
        String foreign = Base64.getUrlEncoder().encodeToString("v9|x".getBytes(StandardCharsets.UTF_8));

        for (String bad : new String[] {"%%%", "abc", foreign}) {
            assertThatThrownBy(() -> CursorCodec.decode(bad, SortOrder.DESC))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.problem().errors().get(0).field()).isEqualTo("cursor"));
        }
        assertThatThrownBy(() -> CursorCodec.decode(CursorCodec.encode(cursor), SortOrder.ASC))
                .isInstanceOf(ProblemException.class).hasMessageContaining("desc");
    }
}
