package io.activityplatform.events.codec;

/**
 * Which text the event contract allows, and the one way every producer makes arbitrary text legal.
 *
 * <p>Legal text is a sequence of Unicode scalar values from XML 1.0's {@code Char} production: TAB, LF, CR,
 * U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. So it excludes U+0000 (PostgreSQL's {@code text} and
 * {@code jsonb} cannot hold it), the other C0 controls (they corrupt terminals and XML exports and have no
 * place in activity data), unpaired surrogates (not Unicode: UTF-8 cannot encode them) and the
 * non-characters U+FFFE and U+FFFF. Every language's JSON and XML libraries, and PostgreSQL, store such text
 * unchanged, so a third-party consumer sees exactly what the services see.
 */
public final class LegalText {

    /** What {@link #sanitize} puts in place of each illegal code point (or unpaired surrogate). */
    public static final char REPLACEMENT = '\uFFFD';

    private LegalText() {
    }

    public static boolean isLegal(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
        }
        if (codePoint < 0xD800) {
            return true;
        }
        if (codePoint < 0xE000) {
            return false;
        }
        return codePoint <= 0xFFFD || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** True for null too: absence is not illegal text. */
    public static boolean isLegal(CharSequence text) {
        return firstIllegal(text) < 0;
    }

    /** The char index of the first illegal code point or unpaired surrogate, or -1 when all is legal. */
    public static int firstIllegal(CharSequence text) {
        if (text == null) {
            return -1;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (!isLegal(codePoint)) {
                    return i;
                }
                i++;
            } else if (!isLegal(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A short description of why {@code text} is illegal, e.g. {@code "U+0000 at index 3"}; null if legal. */
    public static String describe(CharSequence text) {
        int at = firstIllegal(text);
        if (at < 0) {
            return null;
        }
        int codePoint = Character.codePointAt(text, at);
        String what = Character.isSurrogate((char) codePoint) ? "unpaired surrogate " : "illegal character ";
        return what + String.format("U+%04X", codePoint) + " at index " + at;
    }

    /** {@code text} with every illegal code point and unpaired surrogate replaced by U+FFFD; null stays null. */
    public static String sanitize(String text) {
        int first = firstIllegal(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int n = text.length();
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                if (isLegal(codePoint)) {
                    out.append(c).append(text.charAt(i + 1));
                } else {
                    out.append(REPLACEMENT);
                }
                i++;
            } else {
                out.append(isLegal(c) ? c : REPLACEMENT);
            }
        }
        return out.toString();
    }

    /**
     * Text from outside the platform (an agent's output, result text, error code) made legal and bounded, the
     * same way by every producer: each illegal code point becomes U+FFFD ({@code altered}), and what is beyond
     * {@code maxChars} is cut without splitting a surrogate pair ({@code truncated}).
     */
    public static Cleaned clean(String text, int maxChars) {
        String legal = sanitize(text);
        String cut = truncate(legal, maxChars);
        return new Cleaned(cut, legal != text, cut != legal);
    }

    /** Text made legal by {@link #clean}, and what had to be done to it. */
    public record Cleaned(String text, boolean altered, boolean truncated) {
    }

    /**
     * The first {@code maxChars} chars of {@code text}, one fewer when the cut would split a surrogate pair,
     * so truncating legal text keeps it legal.
     */
    public static String truncate(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int cut = Math.max(0, maxChars);
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut);
    }
}
