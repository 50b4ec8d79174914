package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static final ObjectMapper JSON = EventCodec.mapper();

    private static JsonNode tree(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void aNumberIsEqualToItselfInJsonbsNotation() throws Exception {
        // What the activity view hands back for parameters {"n": 1.5E10, "big": -6.5E254, "f": 1.50}
        assertThat(JsonValues.equivalent(tree("{\"n\":1.5E10,\"big\":-6.5E254,\"f\":1.50}"),
                tree("{\"f\":1.5,\"big\":-65" + "0".repeat(253) + ",\"n\":15000000000}"))).isTrue();
        assertThat(JsonValues.equivalent(JSON.valueToTree(Map.of("n", 3)), JSON.valueToTree(Map.of("n", 3L))))
                .isTrue();
        assertThat(JsonValues.equivalent(JSON.valueToTree(Map.of("n", 1e30)),
                JSON.valueToTree(Map.of("n", BigInteger.TEN.pow(30))))).isTrue();
    }

    @Test
    void differentValuesStayDifferent() throws Exception {
        assertThat(JsonValues.equivalent(tree("{\"n\":1.5E10}"), tree("{\"n\":15000000001}"))).isFalse();
        assertThat(JsonValues.equivalent(tree("{\"n\":1}"), tree("{\"n\":\"1\"}"))).isFalse();
        assertThat(JsonValues.equivalent(tree("[1,2]"), tree("[2,1]"))).isFalse();
        assertThat(JsonValues.equivalent(tree("{\"a\":{\"b\":[1,{\"c\":true}]}}"),
                tree("{\"a\":{\"b\":[1,{\"c\":false}]}}"))).isFalse();
        assertThat(JsonValues.equivalent(tree("{\"a\":1}"), tree("{\"a\":1,\"b\":null}"))).isFalse();
        assertThat(JsonValues.equivalent(tree("{\"a\":1}"), null)).isFalse();
    }

    @Test
    void nonFiniteDoublesCompareByThemselvesAndNeverThrow() {
        JsonNode infinite = JSON.getNodeFactory().numberNode(Double.POSITIVE_INFINITY);
        JsonNode nan = JSON.getNodeFactory().numberNode(Double.NaN);
        assertThat(JsonValues.equivalent(infinite, JSON.getNodeFactory().numberNode(Double.POSITIVE_INFINITY)))
                .isTrue();
        assertThat(JsonValues.equivalent(infinite, JSON.getNodeFactory().numberNode(1))).isFalse();
        assertThat(JsonValues.equivalent(nan, JSON.getNodeFactory().numberNode(0))).isFalse();
    }
}
