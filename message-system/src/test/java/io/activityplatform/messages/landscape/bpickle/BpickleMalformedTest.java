package io.activityplatform.messages.landscape.bpickle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.messages.landscape.support.Captures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Malformed and oversized input fails as a BpickleException with a reason, never as anything else. */
class BpickleMalformedTest {

    private static final BpickleLimits SMALL = new BpickleLimits(1000, 4, 10);

    @Test
    void eachKindOfDamageIsNamed() {
        assertRefused("", "empty input");
        assertRefused("x", "unknown type character 'x'");
        assertRefused("b2", "boolean must be 0 or 1");
        assertRefused("i12", "missing ';'");
        assertRefused("i1a;", "integer must be decimal digits");
        assertRefused("i99999999999999999999;", "within 64 bits");
        assertRefused("i9223372036854775808;", "out of 64-bit range");
        assertRefused("fabc;", "malformed float");
        assertRefused("s5:abc", "runs past the end");
        assertRefused("s-1:", "length must be decimal digits");
        assertRefused("u2:\u00ff", "runs past the end");
        assertRefused("l", "missing ';'");
        assertRefused("li1;", "missing ';'");
        assertRefused("di1;", "unexpected end of input");
        assertRefused("i1;i2;", "1 bytes after the value".replace("1 bytes", "3 bytes"));
        assertThatThrownBy(() -> BpickleReader.read(new byte[] {'u', '2', ':', (byte) 0xc3, 0x28}, SMALL))
                .isInstanceOf(BpickleException.class).hasMessageContaining("not valid UTF-8");
        assertThatThrownBy(() -> BpickleReader.read(new byte[] {'d', 's', '1', ':', (byte) 0xe9, 'n', ';'}, SMALL))
                .isInstanceOf(BpickleException.class).hasMessageContaining("not ASCII");
    }

    @Test
    void limitsBoundSizeDepthAndCollections() {
        assertRefused("l".repeat(5) + ";".repeat(5), "nesting deeper than 4");
        assertThat(BpickleReader.read(("l".repeat(4) + ";".repeat(4)).getBytes(), SMALL)).isNotNull();
        assertRefused("l" + "n".repeat(11) + ";", "more than 10 items");
        assertRefused("d" + "i1;n".repeat(11) + ";", "more than 10 entries");
        assertThatThrownBy(() -> BpickleReader.read(new byte[1001], SMALL)).isInstanceOf(BpickleException.class)
                .hasMessageContaining("exceeds 1000");
    }

    @Test
    void aMillionNestedListsFailWithoutOverflowingTheStack() {
        byte[] deep = new byte[2_000_000];
        Arrays.fill(deep, 0, 1_000_000, (byte) 'l');
        Arrays.fill(deep, 1_000_000, 2_000_000, (byte) ';');

        assertThatThrownBy(() -> BpickleReader.read(deep, BpickleLimits.EXCHANGE))
                .isInstanceOf(BpickleException.class).hasMessageContaining("nesting deeper than 32");
    }

    @Test
    void randomDamageToARealBodyIsAlwaysABpickleExceptionOrAValue() {
        byte[] original = Captures.resource("daemon-path/02-register.bpickle");
        Random random = new Random(20261130);
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] damaged = damage(original, random);
            try {
                BpickleReader.read(damaged, BpickleLimits.EXCHANGE);
            } catch (BpickleException e) {
                refused++;
            }
        }
        assertThat(refused).isGreaterThan(10_000);
    }

    private static byte[] damage(byte[] original, Random random) {
        byte[] copy = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            case 1 -> copy = Arrays.copyOf(copy, random.nextInt(copy.length));
            default -> {
                int at = random.nextInt(copy.length);
                copy[at] = "bifsultdn;:-0123456789".getBytes()[random.nextInt(22)];
            }
        }
        return copy;
    }

    private static void assertRefused(String input, String reason) {
        assertThatThrownBy(() -> BpickleReader.read(input.getBytes(StandardCharsets.ISO_8859_1), SMALL))
                .isInstanceOf(BpickleException.class).hasMessageContaining(reason);
    }
}
