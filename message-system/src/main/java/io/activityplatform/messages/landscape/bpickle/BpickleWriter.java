package io.activityplatform.messages.landscape.bpickle;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Encodes as the client's {@code bpickle.dumps} does: Boolean, Integer/Long, Double/Float, {@link Bytes}
 * (or byte[]), String, List/Collection, {@link BTuple}, Map (keys sorted as Python sorts them), null, and
 * {@link Encoded} values verbatim.
 * Anything else is a programming error ({@link IllegalArgumentException}): the server only writes what it
 * built itself.
 */
public final class BpickleWriter {

    private static final Comparator<Object> PYTHON_KEY_ORDER = BpickleWriter::compareKeys;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private BpickleWriter() {
    }

    public static byte[] write(Object value) {
        BpickleWriter writer = new BpickleWriter();
        writer.value(value);
        return writer.out.toByteArray();
    }

    private void value(Object v) {
        if (v == null) {
            ascii("n");
        } else if (v instanceof Boolean b) {
            ascii(b ? "b1" : "b0");
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            ascii("i" + ((Number) v).longValue() + ";");
        } else if (v instanceof Double || v instanceof Float) {
            ascii("f" + repr(((Number) v).doubleValue()) + ";");
        } else if (v instanceof Bytes b) {
            counted("s", b.value());
        } else if (v instanceof byte[] b) {
            counted("s", b);
        } else if (v instanceof String s) {
            counted("u", s.getBytes(StandardCharsets.UTF_8));
        } else if (v instanceof Encoded e) {
            out.writeBytes(e.bpickle());
        } else if (v instanceof BTuple t) {
            sequence("t", t.items());
        } else if (v instanceof Collection<?> c) {
            sequence("l", c);
        } else if (v instanceof Map<?, ?> m) {
            dict(m);
        } else {
            throw new IllegalArgumentException("bpickle cannot encode " + v.getClass().getName());
        }
    }

    private void sequence(String tag, Collection<?> items) {
        ascii(tag);
        items.forEach(this::value);
        ascii(";");
    }

    private void dict(Map<?, ?> map) {
        List<Object> keys = new ArrayList<>(map.keySet());
        keys.sort(PYTHON_KEY_ORDER);
        ascii("d");
        for (Object key : keys) {
            value(key);
            value(map.get(key));
        }
        ascii(";");
    }

    private void counted(String tag, byte[] raw) {
        ascii(tag + raw.length + ":");
        out.writeBytes(raw);
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** Python's float repr for what it can read back: {@code inf}, {@code nan}, otherwise a decimal. */
    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toString(d).replace("E", "e");
    }

    /** Text by code point (as Python compares str), bytes unsigned, numbers by value; one type per dict. */
    private static int compareKeys(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return codePointOrder(x, y);
        }
        if (a instanceof Bytes x && b instanceof Bytes y) {
            return x.compareTo(y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        throw new IllegalArgumentException("bpickle dict keys must share one type (Python cannot sort "
                + a.getClass().getSimpleName() + " with " + b.getClass().getSimpleName() + ")");
    }

    private static int codePointOrder(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
