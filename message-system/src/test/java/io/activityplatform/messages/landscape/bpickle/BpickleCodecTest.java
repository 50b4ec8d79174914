package io.activityplatform.messages.landscape.bpickle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.activityplatform.messages.landscape.support.Captures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The codec against the protocol's test vector, round trips of every type, and the client's own bytes. */
class BpickleCodecTest {

    static final String VECTOR = "du8:messagesldu2:ids3:abcu11:insecure-idi7;u4:typeu6:set-id;;"
            + "u10:server-apis3:3.3u11:server-uuids2:u1;";

    @Test
    void theDocumentedTestVectorDecodesAndEncodesToTheSameBytes() {
        Map<String, Object> setId = new LinkedHashMap<>();
        setId.put("type", "set-id");
        setId.put("insecure-id", 7L);
        setId.put("id", Bytes.ascii("abc"));
        Map<String, Object> expected = Map.of("messages", List.of(setId), "server-api", Bytes.ascii("3.3"),
                "server-uuid", Bytes.ascii("u1"));

        assertThat(read(VECTOR.getBytes(StandardCharsets.US_ASCII))).isEqualTo(expected);
        assertThat(new String(BpickleWriter.write(expected), StandardCharsets.US_ASCII)).isEqualTo(VECTOR);
    }

    @Test
    void everyTypeRoundTrips() {
        List<Object> nested = new ArrayList<>(Arrays.asList(true, false, null, 0L, -42L, Long.MAX_VALUE,
                Long.MIN_VALUE, 2.5, -0.001, 1.0e300, "", "héllo wörld ✓ 😀", Bytes.ascii(""),
                new Bytes(new byte[] {0, -1, 59, 58, 100}), List.of(), Map.of(), BTuple.of(1L, "a", BTuple.of()),
                List.of(List.of(List.of("deep")))));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("all", nested);
        value.put("b", Map.of("x", 1L));

        assertThat(read(BpickleWriter.write(value))).isEqualTo(value);
    }

    @Test
    void specialFloatsAndIntegersUseThePythonSpelling() {
        assertThat(text(Double.POSITIVE_INFINITY)).isEqualTo("finf;");
        assertThat(text(Double.NEGATIVE_INFINITY)).isEqualTo("f-inf;");
        assertThat(text(Double.NaN)).isEqualTo("fnan;");
        assertThat(text(0.5)).isEqualTo("f0.5;");
        assertThat(text(7)).isEqualTo("i7;");
        assertThat(text(true)).isEqualTo("b1");
        assertThat(read("f1e-05;".getBytes())).isEqualTo(1e-5);
        assertThat((Double) read("fnan;".getBytes())).isNaN();
    }

    @Test
    void textLengthCountsUtf8BytesNotCharacters() {
        assertThat(new String(BpickleWriter.write("é😀"), StandardCharsets.UTF_8)).isEqualTo("u6:é😀");
    }

    @Test
    void dictKeysAreSortedByCodePointAsPythonSortsThem() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("😀", 1L); // U+1F600: after U+FFFF in Python, before it in UTF-16 order
        map.put("\uFFFF", 2L);
        map.put("b", 3L);
        map.put("B", 4L);

        String encoded = new String(BpickleWriter.write(map), StandardCharsets.UTF_8);

        assertThat(encoded).isEqualTo("du1:Bi4;u1:bi3;u3:\uFFFFi2;u4:😀i1;;");
    }

    @Test
    void byteStringKeysBecomeTextAsTheClientReadsThem() {
        assertThat(read("ds1:ai1;;".getBytes())).isEqualTo(Map.of("a", 1L));
    }

    @Test
    void theClientsCapturedBodiesDecodeAndReEncodeByteForByte() {
        for (String name : Stream.concat(Captures.resourceNames(".bpickle").stream(),
                Captures.resourceNames(".response.bpickle").stream()).toList()) {
            byte[] wire = Captures.resource(name);
            assertThat(BpickleWriter.write(read(wire))).as(name).isEqualTo(wire);
        }
    }

    @Test
    void everyBodyInTheSharedCaptureFolderReEncodesByteForByte() throws Exception {
        Path shared = Captures.sharedFolder().orElse(null);
        assumeTrue(shared != null, "shared/landscape-captures not found beside this checkout: skipped");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(shared)) {
            files = walk.filter(p -> p.toString().endsWith(".bpickle")).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            byte[] wire = Files.readAllBytes(file);
            assertThat(BpickleWriter.write(read(wire))).as(file.toString()).isEqualTo(wire);
        }
    }

    @Test
    void encodedValuesAreWrittenVerbatim() {
        byte[] stored = BpickleWriter.write(Map.of("type", "set-intervals"));

        assertThat(BpickleWriter.write(List.of(new Encoded(stored)))).isEqualTo(
                ("l" + new String(stored, StandardCharsets.US_ASCII) + ";").getBytes(StandardCharsets.US_ASCII));
    }

    private static Object read(byte[] bytes) {
        return BpickleReader.read(bytes, BpickleLimits.EXCHANGE);
    }

    private static String text(Object value) {
        return new String(BpickleWriter.write(value), StandardCharsets.US_ASCII);
    }
}
