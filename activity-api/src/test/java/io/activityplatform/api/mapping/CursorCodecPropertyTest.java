package io.activityplatform.api.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.service.rest.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * A cursor comes back from the client, so it is untrusted input: whatever string arrives, decoding gives a
 * cursor or a 400 problem naming {@code cursor}, never another exception (a 5xx). Every cursor the API
 * issues decodes to exactly what it encoded.
 */
class CursorCodecPropertyTest {

    @Property(tries = 500)
    void everyIssuedCursorDecodesToItself(@ForAll @LongRange(min = -31_557_014_167_219_200L,
            max = 31_556_889_864_403_199L) long epochSecond, @ForAll @LongRange(min = 0, max = 999_999_999) long nano,
            @ForAll boolean ascending) {
        SortOrder order = ascending ? SortOrder.ASC : SortOrder.DESC;
        PageCursor cursor = new PageCursor(Instant.ofEpochSecond(epochSecond, nano), UUID.randomUUID(), order);

        assertThat(CursorCodec.decode(CursorCodec.encode(cursor), order)).isEqualTo(cursor);
    }

    @Property(tries = 1000)
    void anyStringIsACursorOrA400NamingCursor(@ForAll String text) {
        assertCursorOr400(text);
    }

    @Property(tries = 1000)
    void anyTamperedCursorIsACursorOrA400NamingCursor(@ForAll("tampered") String raw) {
        assertCursorOr400(Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Example
    void aTimeBeyondTheInstantRangeIsA400NotA500() {
        String uuid = UUID.randomUUID().toString();
        for (String raw : new String[] {"c1|DESC|" + Long.MAX_VALUE + "|0|" + uuid,
            "c1|DESC|" + Long.MIN_VALUE + "|0|" + uuid,
            "c1|DESC|" + Long.MAX_VALUE + "|" + Long.MAX_VALUE + "|" + uuid,
            "c1|DESC|31556889864403199|" + Long.MAX_VALUE + "|" + uuid}) {
            String cursor = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            assertCursorOr400(cursor);
            assertThat(catchThrowable(() -> CursorCodec.decode(cursor, SortOrder.DESC))).as(raw)
                    .isInstanceOf(ProblemException.class);
        }
    }

    /** Five well-formed-looking parts with numbers anywhere in the long range, as a client could forge them. */
    @Provide
    Arbitrary<String> tampered() {
        Arbitrary<String> version = Arbitraries.of("c1", "c2", "", "C1");
        Arbitrary<String> order = Arbitraries.of("ASC", "DESC", "asc", "SIDEWAYS");
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("", "-", "1e3", "0x10", "99999999999999999999"));
        Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.create(() -> UUID.randomUUID().toString()),
                Arbitraries.strings().ofMaxLength(40));
        return net.jqwik.api.Combinators.combine(version, order, number, number, id)
                .as((v, o, s, n, u) -> String.join("|", v, o, s, n, u));
    }

    private static void assertCursorOr400(String text) {
        for (SortOrder order : SortOrder.values()) {
            Throwable thrown = catchThrowable(() -> CursorCodec.decode(text, order));
            if (thrown != null) {
                assertThat(thrown).as("decoding %s", text).isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(f -> f.field()).containsExactly("cursor");
                });
            }
        }
    }
}
