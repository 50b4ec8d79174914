package io.activityplatform.messages.landscape.bpickle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value types: byte strings compare as Python's, nothing shares mutable arrays, odd values are refused. */
class BpickleValuesTest {

    @Test
    void byteStringsAreValuesOrderedUnsigned() {
        byte[] raw = {1, 2};
        Bytes bytes = new Bytes(raw);
        raw[0] = 9;

        assertThat(bytes).isEqualTo(new Bytes(new byte[] {1, 2})).hasSameHashCodeAs(new Bytes(new byte[] {1, 2}));
        assertThat(bytes.value()[0]).isEqualTo((byte) 1);
        bytes.value()[0] = 7;
        assertThat(bytes.value()[0]).isEqualTo((byte) 1);
        assertThat(new Bytes(new byte[] {(byte) 0xff}).compareTo(new Bytes(new byte[] {0x01}))).isPositive();
        assertThat(new Bytes(new byte[] {(byte) 0xc3, 0x28}).text()).contains("\uFFFD");
        assertThat(Bytes.ascii("ab").toString()).isEqualTo("b'6162'");
    }

    @Test
    void tuplesCopyTheirItemsAndKeepNulls() {
        List<Object> items = new ArrayList<>();
        items.add(null);
        BTuple tuple = new BTuple(items);
        items.add("later");

        assertThat(tuple.items()).hasSize(1).containsNull();
        assertThat(BpickleReader.read("tn;".getBytes(), BpickleLimits.EXCHANGE)).isEqualTo(tuple);
    }

    @Test
    void encodedValuesAreCopied() {
        byte[] raw = "n".getBytes();
        Encoded encoded = new Encoded(raw);
        raw[0] = 'x';

        assertThat(BpickleWriter.write(encoded)).isEqualTo("n".getBytes());
    }

    @Test
    void theWriterRefusesWhatPythonCouldNotHaveSent() {
        assertThatThrownBy(() -> BpickleWriter.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot encode");
        assertThatThrownBy(() -> BpickleWriter.write(Map.of("a", 1, 2L, 3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share one type");
    }

    @Test
    void numericKeysSortByValue() {
        assertThat(new String(BpickleWriter.write(Map.of(10L, "a", 9L, "b", -1L, "c"))))
                .isEqualTo("di-1;u1:ci9;u1:bi10;u1:a;");
    }
}
