package io.activityplatform.events.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Parameters come from arbitrary REST clients and from the event log, so validation must answer with
 * violations, never with an exception, whatever JSON-shaped values it is given.
 */
class ValidationRobustnessPropertyTest {

    private static final List<String> KEYS = List.of("code", "interpreter", "install", "snaps", "name", "pid",
            "timeLimitSeconds", "attachments", "profiles", "mode", "x");

    @Property(tries = 500)
    void validateNeverThrowsAndFlagsOnlyUnknownTopLevelKeysAsUnknown(
            @ForAll ActivityType type, @ForAll("parameterMaps") Map<String, Object> parameters) {
        List<ParameterViolation> violations = type.schema().validate(parameters);

        assertThat(violations).filteredOn(v -> v.message().equals("unknown parameter"))
                .filteredOn(v -> v.field().indexOf('.') == v.field().lastIndexOf('.'))
                .allSatisfy(v -> assertThat(type.schema().field(v.field().substring("parameters.".length())))
                        .isEmpty());
    }

    @Property(tries = 300)
    void generatedMinimalMapStaysValidWhenSerialisedThroughJackson(@ForAll ActivityType type) throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Object> minimal = SampleValues.minimalValid(type.schema());
        Map<String, Object> roundTripped = mapper.readValue(mapper.writeValueAsString(minimal),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });

        assertThat(type.schema().validate(roundTripped)).isEmpty();
    }

    @Provide
    Arbitrary<Map<String, Object>> parameterMaps() {
        return Arbitraries.maps(Arbitraries.of(KEYS), json(2)).ofMaxSize(6).map(HashMap::new);
    }

    /** Values of every shape Jackson produces, nested up to {@code depth} levels. */
    private Arbitrary<Object> json(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(b -> (Object) b),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = json(depth - 1).list().ofMaxSize(4).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.of(KEYS), json(depth - 1)).ofMaxSize(4)
                .map(m -> (Object) new HashMap<>(m));
        return Arbitraries.oneOf(scalar, list, map);
    }
}
