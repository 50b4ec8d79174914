package io.activityplatform.messages.landscape.bpickle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A property over many generated values (seeded, so a failure reproduces): whatever the server writes, the
 * reader reads back as an equal value, and writing that again gives the very same bytes; a truncated
 * encoding is always refused as a BpickleException, never read as something shorter.
 */
class BpickleRoundTripPropertyTest {

    private static final int VALUES_PER_SEED = 200;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20_260_501})
    void everyWrittenValueReadsBackEqualAndReEncodesByteForByte(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < VALUES_PER_SEED; i++) {
            Object value = value(random, 0);
            byte[] written = BpickleWriter.write(value);

            Object read = BpickleReader.read(written, BpickleLimits.EXCHANGE);

            assertThat(read).as("seed %d value %d: %s", seed, i, value).isEqualTo(value);
            assertThat(BpickleWriter.write(read)).as("seed %d value %d", seed, i).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void everyProperPrefixOfAnEncodedContainerIsRefused(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            List<Object> container = new ArrayList<>();
            container.add(value(random, 1));
            container.add(value(random, 1));
            byte[] written = BpickleWriter.write(container);
            for (int cut = 1; cut < written.length; cut++) {
                byte[] prefix = java.util.Arrays.copyOf(written, cut);
                assertThatThrownBy(() -> BpickleReader.read(prefix, BpickleLimits.EXCHANGE))
                        .as("seed %d value %d cut at %d", seed, i, cut).isInstanceOf(BpickleException.class);
            }
        }
    }

    /** Any value the writer takes and the reader gives back as the same Java type. */
    private static Object value(Random random, int depth) {
        int kinds = depth >= 4 ? 6 : 9;
        return switch (random.nextInt(kinds)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt(4) == 0 ? extremeLong(random) : (long) random.nextInt(2001) - 1000;
            case 3 -> number(random);
            case 4 -> bytes(random);
            case 5 -> text(random);
            case 6 -> list(random, depth);
            case 7 -> new BTuple(list(random, depth));
            default -> dict(random, depth);
        };
    }

    private static long extremeLong(Random random) {
        long[] edges = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, Integer.MAX_VALUE + 1L, random.nextLong()};
        return edges[random.nextInt(edges.length)];
    }

    private static Double number(Random random) {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 123456789.125};
        return random.nextBoolean() ? specials[random.nextInt(specials.length)]
                : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
    }

    private static Bytes bytes(Random random) {
        byte[] raw = new byte[random.nextInt(20)];
        random.nextBytes(raw);
        return new Bytes(raw);
    }

    /** Valid Unicode only (lone surrogates are not text): ASCII, accents, CJK, emoji, and the separators. */
    private static String text(Random random) {
        int[] pool = {'a', 'z', ';', ':', '0', ' ', '\n', 0xe9, 0x4e2d, 0x1f600, 0x10ffff, 0x7f, 0x80};
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : 'a' + random.nextInt(26));
        }
        return s.toString();
    }

    private static List<Object> list(Random random, int depth) {
        List<Object> items = new ArrayList<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            items.add(value(random, depth + 1));
        }
        return items;
    }

    /** Text keys, as the client's dicts have (byte-string keys come back as text: tested elsewhere). */
    private static Map<String, Object> dict(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int size = random.nextInt(5);
        for (int i = 0; i < size; i++) {
            map.put(text(random), value(random, depth + 1));
        }
        return map;
    }
}
