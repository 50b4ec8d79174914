package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page reads one item more to know whether a next one exists; cursors round-trip and refuse forgeries. */
class PageLinksTest {

    @Test
    void aFullPageHasTheCursorOfItsLastItem() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), 2, i -> "c" + i);

        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextCursor()).isEqualTo("c2");
    }

    @Test
    void theLastPageHasNoCursor() {
        assertThat(Page.of(List.of(1, 2), 2, i -> "c" + i).nextCursor()).isNull();
        assertThat(Page.of(List.<Integer>of(), 2, i -> "c" + i).nextCursor()).isNull();
    }

    @Test
    void aCursorRoundTripsItsParts() {
        String cursor = PageLinks.encode("2026-01-31T12:00:00Z", "abc");

        assertThat(cursor).doesNotContain("=").doesNotContain("+").doesNotContain("/");
        String decoded = PageLinks.decode(cursor, 2, parts -> Instant.parse(parts.get(0)) + "|" + parts.get(1));
        assertThat(decoded).isEqualTo("2026-01-31T12:00:00Z|abc");
        String none = PageLinks.decode(null, 2, parts -> "x");
        assertThat(none).isNull();
    }

    @Test
    void anythingButAnIssuedCursorIsA400NamingCursor() {
        String[] forgeries = {"garbage!", PageLinks.encode("one"), PageLinks.encode("not-an-instant", "x")};
        for (String forged : forgeries) {
            assertThatThrownBy(() -> PageLinks.decode(forged, 2, parts -> Instant.parse(parts.get(0))))
                    .as(forged).isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(
                            e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("cursor"));
        }
    }

    @Test
    void aOnePartCursorIsRefusedUnlessThisApiIssuedIt() {
        // any text is base64 of something: without the mark a made-up value would read as a position
        String plain = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("some-id".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String forged : new String[] {"not-ours", plain, "c1"}) {
            assertThatThrownBy(() -> PageLinks.decode(forged, 1, parts -> parts.get(0))).as(forged)
                    .isInstanceOf(InvalidParameterException.class);
        }
        String decoded = PageLinks.decode(PageLinks.encode("some-id"), 1, parts -> parts.get(0));
        assertThat(decoded).isEqualTo("some-id");
    }
}
