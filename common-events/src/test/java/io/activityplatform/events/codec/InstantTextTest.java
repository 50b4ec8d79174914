package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path changes nothing but speed: every text is accepted or refused exactly as {@link Instant#parse}
 * does, with the same instant or the same error, and every instant is written as {@link Instant#toString()}.
 */
class InstantTextTest {

    /** Seconds of years 0000 to 9999, the canonical text's range, and a little beyond it on both sides. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(-62_167_219_200L - 86_400, 253_402_300_799L + 86_400);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    /** Text of the canonical shape with any digits: months 13, February 30th, hour 24, second 60 all occur. */
    @Provide
    Arbitrary<String> canonicalShapes() {
        Arbitrary<String> two = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<String> date = Combinators.combine(Arbitraries.strings().numeric().ofLength(4),
                Arbitraries.oneOf(two, Arbitraries.of("01", "02", "12", "13", "00")),
                Arbitraries.oneOf(two, Arbitraries.of("28", "29", "30", "31", "00")))
                .as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> time = Combinators.combine(Arbitraries.oneOf(two, Arbitraries.of("23", "24")),
                two, Arbitraries.oneOf(two, Arbitraries.of("59", "60")))
                .as((h, m, s) -> h + ":" + m + ":" + s);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9).map(f -> "." + f));
        return Combinators.combine(date, time, fraction).as((d, t, f) -> d + "T" + t + f + "Z");
    }

    @Property(tries = 5000)
    void writesAsInstantToStringAndReadsItBack(@ForAll("instants") Instant instant) {
        assertThat(InstantText.format(instant)).isEqualTo(instant.toString());
        assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
    }

    @Property(tries = 5000)
    void readsAnyCanonicalShapeAsTheJdkDoes(@ForAll("canonicalShapes") String text) {
        assertThat(InstantText.isCanonical(text)).isTrue();
        assertSameVerdict(text);
    }

    @Example
    void otherTextIsLeftToTheJdk() {
        Stream.of("2026-03-01T10:00:00+01:00", "2026-03-01t10:00:00z", "2026-03-01 10:00:00Z",
                "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", " 2026-03-01T10:00:00Z", "2026-03-01T10:00Z",
                "2026-03-01T10:00:00.Z", "2026-03-01T10:00:00.1234567890Z", "2026-3-01T10:00:00Z", "", "Z",
                "2026-03-01T10:00:00,5Z", "２０２６-03-01T10:00:00Z").forEach(text -> {
                    assertThat(InstantText.isCanonical(text)).as(text).isFalse();
                    assertSameVerdict(text);
                });
    }

    @Example
    void theEdgesOfTheCanonicalRange() {
        Stream.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2024-02-29T00:00:00Z",
                "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2000-02-29T12:00:00Z", "2026-06-30T23:59:60Z",
                "2026-12-31T24:00:00Z").forEach(InstantTextTest::assertSameVerdict);
        Stream.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59.5Z"))
                .forEach(i -> assertThat(InstantText.format(i)).isEqualTo(i.toString()));
    }

    private static void assertSameVerdict(String text) {
        Object jdk = outcome(() -> Instant.parse(text));
        Object fast = outcome(() -> InstantText.parse(text));
        assertThat(fast).as(text).isEqualTo(jdk);
    }

    /** The instant, or the error's class and message. */
    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
