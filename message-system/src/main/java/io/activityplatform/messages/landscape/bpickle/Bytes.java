package io.activityplatform.messages.landscape.bpickle;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A bpickle byte string ({@code s}): Python {@code bytes}. Kept apart from text ({@code u}, a Java String)
 * because the client tells them apart: tokens, secure ids and hashes are bytes, type names are text.
 */
public record Bytes(byte[] value) implements Comparable<Bytes> {

    public Bytes {
        value = value.clone();
    }

    public static Bytes ascii(String text) {
        return new Bytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    public static Bytes utf8(String text) {
        return new Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** Lenient text view: invalid UTF-8 becomes U+FFFD, never an exception. */
    public String text() {
        return new String(value, StandardCharsets.UTF_8);
    }

    public int length() {
        return value.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    /** Python's bytes order: unsigned, lexicographic. */
    @Override
    public int compareTo(Bytes other) {
        return Arrays.compareUnsigned(value, other.value);
    }

    @Override
    public String toString() {
        return "b'" + HexFormat.of().formatHex(value) + "'";
    }
}
