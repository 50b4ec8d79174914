package io.activityplatform.messages.landscape.bpickle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes bpickle as the client's {@code landscape.lib.bpickle.loads} does: {@code b} bool, {@code i} long,
 * {@code f} double, {@code s} {@link Bytes}, {@code u} String, {@code l} List, {@code t} {@link BTuple},
 * {@code d} Map (byte-string keys become text, as the client does), {@code n} null. Stricter than the
 * client where it is loose: the input must hold exactly one value, integers must fit a long, text must be
 * valid UTF-8, and {@link BpickleLimits} bound size, depth and collection sizes. Every failure is a
 * {@link BpickleException}, never another runtime exception.
 */
public final class BpickleReader {

    private final byte[] in;
    private final BpickleLimits limits;
    private int pos;

    private BpickleReader(byte[] in, BpickleLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    public static Object read(byte[] input, BpickleLimits limits) {
        if (input == null || input.length == 0) {
            throw new BpickleException("empty input", 0);
        }
        if (input.length > limits.maxBytes()) {
            throw new BpickleException("input of " + input.length + " bytes exceeds " + limits.maxBytes(), 0);
        }
        BpickleReader reader = new BpickleReader(input, limits);
        Object value = reader.value(0);
        if (reader.pos != input.length) {
            throw new BpickleException((input.length - reader.pos) + " bytes after the value", reader.pos);
        }
        return value;
    }

    private Object value(int depth) {
        int start = pos;
        byte tag = next();
        return switch (tag) {
            case 'b' -> bool();
            case 'i' -> integer();
            case 'f' -> floating();
            case 's' -> new Bytes(counted());
            case 'u' -> text();
            case 'l' -> items(depth);
            case 't' -> new BTuple(items(depth));
            case 'd' -> dict(depth);
            case 'n' -> null;
            default -> throw new BpickleException("unknown type character " + describe(tag), start);
        };
    }

    private Boolean bool() {
        byte b = next();
        if (b != '0' && b != '1') {
            throw new BpickleException("boolean must be 0 or 1", pos - 1);
        }
        return b == '1';
    }

    private Long integer() {
        int start = pos;
        String digits = until((byte) ';');
        if (!digits.matches("-?[0-9]{1,19}")) {
            throw new BpickleException("integer must be decimal digits within 64 bits", start);
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new BpickleException("integer out of 64-bit range", start);
        }
    }

    private Double floating() {
        int start = pos;
        String repr = until((byte) ';');
        switch (repr) {
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            case "nan": return Double.NaN;
            default: break;
        }
        if (!repr.matches("-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?") || repr.length() > 64) {
            throw new BpickleException("malformed float", start);
        }
        return Double.parseDouble(repr);
    }

    private String text() {
        int start = pos;
        byte[] raw = counted();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new BpickleException("text is not valid UTF-8", start);
        }
    }

    /** {@code <length>:<raw>} after the tag. */
    private byte[] counted() {
        int start = pos;
        String length = until((byte) ':');
        if (!length.matches("[0-9]{1,10}")) {
            throw new BpickleException("length must be decimal digits", start);
        }
        long n = Long.parseLong(length);
        if (n > in.length - pos) {
            throw new BpickleException("length " + n + " runs past the end of the input", start);
        }
        byte[] raw = new byte[(int) n];
        System.arraycopy(in, pos, raw, 0, (int) n);
        pos += (int) n;
        return raw;
    }

    private List<Object> items(int depth) {
        int start = pos - 1;
        enter(depth, start);
        List<Object> items = new ArrayList<>();
        while (peek() != ';') {
            if (items.size() >= limits.maxItems()) {
                throw new BpickleException("more than " + limits.maxItems() + " items", start);
            }
            items.add(value(depth + 1));
        }
        pos++;
        return items;
    }

    private Map<Object, Object> dict(int depth) {
        int start = pos - 1;
        enter(depth, start);
        Map<Object, Object> map = new LinkedHashMap<>();
        int entries = 0;
        while (peek() != ';') {
            if (++entries > limits.maxItems()) {
                throw new BpickleException("more than " + limits.maxItems() + " entries", start);
            }
            int keyAt = pos;
            Object key = value(depth + 1);
            if (key instanceof Bytes b) {
                key = asciiKey(b, keyAt);
            }
            map.put(key, value(depth + 1));
        }
        pos++;
        return map;
    }

    private static String asciiKey(Bytes key, int at) {
        for (byte b : key.value()) {
            if (b < 0) {
                throw new BpickleException("byte-string key is not ASCII", at);
            }
        }
        return new String(key.value(), StandardCharsets.US_ASCII);
    }

    private void enter(int depth, int at) {
        if (depth >= limits.maxDepth()) {
            throw new BpickleException("nesting deeper than " + limits.maxDepth(), at);
        }
    }

    private String until(byte terminator) {
        int start = pos;
        int limit = Math.min(in.length, pos + 70);
        for (int i = pos; i < limit; i++) {
            if (in[i] == terminator) {
                pos = i + 1;
                return new String(in, start, i - start, StandardCharsets.US_ASCII);
            }
        }
        throw new BpickleException("missing '" + (char) terminator + "'", start);
    }

    private byte next() {
        if (pos >= in.length) {
            throw new BpickleException("unexpected end of input", pos);
        }
        return in[pos++];
    }

    private byte peek() {
        if (pos >= in.length) {
            throw new BpickleException("unexpected end of input (missing ';')", pos);
        }
        return in[pos];
    }

    private static String describe(byte b) {
        return b >= 0x20 && b < 0x7f ? "'" + (char) b + "'" : String.format("0x%02x", b & 0xff);
    }
}
