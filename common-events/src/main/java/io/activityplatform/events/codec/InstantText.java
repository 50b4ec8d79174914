package io.activityplatform.events.codec;

import com.ethlo.time.ITU;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The contract's instants as text: ISO-8601 in UTC with a {@code Z}, as {@link Instant#toString()} writes them.
 * Reading and writing them through {@code java.time}'s formatter was 6–8% of every service's CPU (issue 11,
 * a {@code bench.profile} recording: each event and each stored state carries several). The canonical form,
 * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, goes through ITU's RFC 3339 parser and formatter instead; any other
 * text, and anything ITU refuses (a leap second, February 30th), through {@link Instant#parse}, so what is
 * accepted, what it means and the error a bad value gets are exactly the JDK's ({@code InstantTextTest}).
 */
public final class InstantText {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years whose canonical text has four digits. */
    private static final long FIRST_SECOND = -62_167_219_200L;
    private static final long LAST_SECOND = 253_402_300_799L;

    private InstantText() {
    }

    /** As {@link Instant#parse}, faster for the canonical form. */
    public static Instant parse(String text) {
        Instant fast = parseCanonical(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /** The instant if {@code text} is canonical and ITU reads it, else null (the JDK decides). */
    static Instant parseCanonical(String text) {
        if (!isCanonical(text)) {
            return null;
        }
        try {
            return ITU.parseDateTime(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** As {@link Instant#toString()}: whole seconds, or milli-, micro- or nanoseconds, whichever is exact. */
    public static String format(Instant instant) {
        long second = instant.getEpochSecond();
        if (second < FIRST_SECOND || second > LAST_SECOND) {
            return instant.toString();
        }
        int nano = instant.getNano();
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        return ITU.formatUtc(instant.atOffset(ZoneOffset.UTC), digits);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, then nothing or a dot and 1 to 9 digits, then {@code Z}. */
    static boolean isCanonical(CharSequence s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z') {
            return false;
        }
        for (int i = 0; i < 19; i++) {
            char c = s.charAt(i);
            char wanted = switch (i) {
                case 4, 7 -> '-';
                case 10 -> 'T';
                case 13, 16 -> ':';
                default -> '0';
            };
            if (wanted == '0' ? c < '0' || c > '9' : c != wanted) {
                return false;
            }
        }
        if (n == 20) {
            return true;
        }
        if (n == 21 || s.charAt(19) != '.') {
            return false;
        }
        for (int i = 20; i < n - 1; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
