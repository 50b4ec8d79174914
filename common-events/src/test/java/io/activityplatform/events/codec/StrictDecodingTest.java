package io.activityplatform.events.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codec accepts exactly the legal values of docs/events.md: no coercion, legal text only, bounded sizes.
 * Each case starts from a valid record and breaks one rule, so a pass means that rule alone is enforced.
 */
class StrictDecodingTest {

    private static final UUID ACTIVITY = UUID.fromString("0b9c5f8e-2a6c-4a53-9c1e-6a1b3f1d2e01");
    private static final UUID EVENT = UUID.fromString("7d1f0c3a-5b2e-4f6a-8c9d-0e1f2a3b4c5d");
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

    private static ObjectNode change() {
        return tree(new StatusChanged(EVENT, ACTIVITY, AT, Actor.user("bob"), "activity-api",
                ActivityStatus.QUEUED, ActivityStatus.CANCELED, 2, "canceled by operator",
                ActivityResult.of(0, "ok"), null));
    }

    private static ObjectNode created() {
        return tree(new ActivityCreated(EVENT, ACTIVITY, AT, Actor.user("alice"), "activity-api",
                ActivityDefinition.of("ExecuteScriptRequest", "c-1", Map.of("code", "echo hi")),
                ActivityStatus.QUEUED));
    }

    private static ObjectNode progress() {
        return tree(new ProgressReported(EVENT, ACTIVITY, AT, Actor.agent("c-1"), "message-system", 10, "out", 1,
                false));
    }

    private static ObjectNode tree(ActivityEvent event) {
        try {
            return (ObjectNode) EventCodec.mapper().readTree(EventCodec.encode(event));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Written with every non-ASCII char escaped, so unpaired surrogates reach the wire as {@code \\ud800}. */
    private static Decoded<ActivityEvent> decode(JsonNode node) {
        try {
            return EventCodec.decodeActivityEvent(EventCodec.mapper().writer()
                    .with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(node));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode with(ObjectNode node, Consumer<ObjectNode> change) {
        change.accept(node);
        return node;
    }

    private static String malformedReason(Decoded<ActivityEvent> decoded) {
        assertThat(decoded).isInstanceOf(Decoded.Malformed.class);
        return ((Decoded.Malformed<ActivityEvent>) decoded).reason();
    }

    @Test
    void theUnchangedRecordsAreValid() {
        assertThat(decode(change())).isInstanceOf(Decoded.Event.class);
        assertThat(decode(created())).isInstanceOf(Decoded.Event.class);
        assertThat(decode(progress())).isInstanceOf(Decoded.Event.class);
    }

    @Test
    void anIntegerWrittenAsAStringIsMalformed() {
        assertThat(malformedReason(decode(with(change(), n -> n.put("expectedVersion", "1"))))).isNotBlank();
    }

    @Test
    void aFractionForAnIntegerIsMalformedEvenWhenWhole() {
        assertThat(decode(with(change(), n -> n.put("expectedVersion", 1.7)))).isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(change(), n -> n.put("expectedVersion", 1.0)))).isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(progress(), n -> n.put("percent", 50.5)))).isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void anIntegerBeyondItsRangeIsMalformed() {
        assertThat(decode(with(change(), n -> n.put("expectedVersion", 1L << 40))))
                .isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(progress(), n -> n.put("sequence", new BigInteger("1" + "0".repeat(30))))))
                .isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void theSchemaVersionMustBeTheInteger1() {
        assertThat(malformedReason(decode(with(change(), n -> n.put("schemaVersion", 1.5)))))
                .contains("schemaVersion");
        assertThat(malformedReason(decode(with(change(), n -> n.put("schemaVersion", "1")))))
                .contains("schemaVersion");
        assertThat(malformedReason(decode(with(change(), n -> n.put("schemaVersion", 1.0)))))
                .contains("schemaVersion");
    }

    @Test
    void aNumberIsNeitherAnEnumNorAStringNorABoolean() {
        assertThat(decode(with(change(), n -> n.put("to", 4)))).isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(change(), n -> n.put("reason", 5)))).isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(progress(), n -> n.put("truncated", 1)))).isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(progress(), n -> n.put("truncated", "true")))).isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(progress(), n -> n.putNull("sequence")))).isInstanceOf(Decoded.Malformed.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0001b", "\u001b[31mred", "a\u007fb\u0085", "\ud800", "x\udc00y",
        "\ufffe", "\uffff"})
    void illegalTextInAnyFieldIsMalformed(String text) {
        boolean legal = LegalText.isLegal(text);
        Decoded<ActivityEvent> reason = decode(with(change(), n -> n.put("reason", text)));
        Decoded<ActivityEvent> actor = decode(with(change(), n -> ((ObjectNode) n.get("actor")).put("id", text)));
        Decoded<ActivityEvent> parameterValue = decode(with(created(),
                n -> ((ObjectNode) n.get("definition").get("parameters")).put("code", text)));
        Decoded<ActivityEvent> parameterKey = decode(with(created(),
                n -> ((ObjectNode) n.get("definition").get("parameters")).put(text, "x")));

        // DEL and C1 controls are legal (XML 1.0 Char); everything else listed here is not.
        if (legal) {
            assertThat(List.of(reason, actor, parameterValue, parameterKey)).allMatch(d -> d instanceof Decoded.Event);
        } else {
            assertThat(List.of(reason, actor, parameterValue, parameterKey))
                    .allMatch(d -> d instanceof Decoded.Malformed);
            assertThat(malformedReason(reason)).startsWith("reason: ").contains("U+");
            assertThat(malformedReason(actor)).startsWith("actor.id: ");
        }
        assertThat(legal).isEqualTo(text.equals("a\u007fb\u0085"));
    }

    @Test
    void tabsNewlinesAndCharactersOfEveryPlaneAreLegal() {
        String text = "line 1\tcol\r\nline 2 \u00e9\u4e2d\ud83d\ude00\udbff\udffd \ufffd";

        Decoded<ActivityEvent> decoded = decode(with(progress(), n -> n.put("output", text)));

        assertThat(((ProgressReported) ((Decoded.Event<ActivityEvent>) decoded).event()).output()).isEqualTo(text);
    }

    @Test
    void aMalformedRecordStillNamesItsActivityAndEventWhenLegible() {
        Decoded.Malformed<ActivityEvent> bad = (Decoded.Malformed<ActivityEvent>) decode(
                with(created(), n -> ((ObjectNode) n.get("definition")).put("summary", "bad\u0000")));

        assertThat(bad.activityId()).isEqualTo(ACTIVITY);
        assertThat(bad.eventId()).isEqualTo(EVENT);
        assertThat(bad.reason()).isEqualTo("definition.summary: illegal character U+0000 at index 3");

        Decoded.Malformed<ActivityEvent> anonymous = (Decoded.Malformed<ActivityEvent>) decode(
                with(created(), n -> n.put("activityId", "not-a-uuid").put("eventId", 7)));
        assertThat(anonymous.activityId()).isNull();
        assertThat(anonymous.eventId()).isNull();
    }

    @Test
    void lengthsAreBounded() {
        String name = "c".repeat(LegalValues.MAX_NAME_CHARS);
        String text = "t".repeat(LegalValues.MAX_TEXT_CHARS);

        assertThat(decode(with(created(), n -> ((ObjectNode) n.get("definition")).put("computerId", name))))
                .isInstanceOf(Decoded.Event.class);
        assertThat(malformedReason(decode(with(created(),
                n -> ((ObjectNode) n.get("definition")).put("computerId", name + "c")))))
                .startsWith("definition.computerId: longer than 256");
        assertThat(decode(with(change(), n -> n.put("reason", text)))).isInstanceOf(Decoded.Event.class);
        assertThat(decode(with(change(), n -> n.put("reason", text + "t")))).isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void artifactsAreBoundedTogether() {
        String half = "a".repeat(ActivityResult.MAX_ARTIFACT_CHARS / 2);
        ObjectNode node = change();
        ObjectNode result = (ObjectNode) node.get("result");
        var artifacts = result.putArray("artifacts");
        artifacts.addObject().put("name", "a").put("mediaType", "text/plain").put("content", half);
        artifacts.addObject().put("name", "b").put("mediaType", "text/plain").put("content", half);
        assertThat(decode(node)).isInstanceOf(Decoded.Event.class);

        ((ObjectNode) artifacts.get(1)).put("content", half + "!");
        assertThat(malformedReason(decode(node))).contains("artifacts");
    }

    @Test
    void aRecordAboveTheSizeBoundIsMalformed() {
        byte[] big = ("{\"pad\":\"" + "x".repeat(LegalValues.MAX_RECORD_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(malformedReason(EventCodec.decodeActivityEvent(big))).contains("larger than");
    }

    @Test
    void instantsAreIsoStringsWithinYears1To9999() {
        assertThat(decode(with(change(), n -> n.put("occurredAt", 1_700_000_000)))).isInstanceOf(Decoded.Malformed.class);
        assertThat(malformedReason(decode(with(change(), n -> n.put("occurredAt", "+10000-01-01T00:00:00Z")))))
                .contains("occurredAt");
        assertThat(decode(with(created(),
                n -> ((ObjectNode) n.get("definition")).put("deliverBefore", "-0001-01-01T00:00:00Z"))))
                .isInstanceOf(Decoded.Malformed.class);
        assertThat(decode(with(change(), n -> n.put("occurredAt", "9999-12-31T23:59:59Z"))))
                .isInstanceOf(Decoded.Event.class);
    }

    @Test
    void anImpossibleDateOfTheCanonicalShapeIsMalformedAndNamed() {
        // the fast instant reader (InstantText) leaves such text to the JDK, whose verdict it keeps
        assertThat(malformedReason(decode(with(change(), n -> n.put("occurredAt", "2026-02-30T10:00:00Z")))))
                .contains("occurredAt");
        assertThat(malformedReason(decode(with(change(), n -> n.put("occurredAt", "2026-13-01T10:00:00.5Z")))))
                .contains("occurredAt");
        assertThat(decode(with(change(), n -> n.put("occurredAt", "2026-02-28T10:00:00.123456789Z"))))
                .isInstanceOf(Decoded.Event.class);
    }

    @Test
    void duplicateKeysAreMalformedBecauseReadersDisagreeOnTheWinner() {
        String json = change().toString().replace("\"to\":\"CANCELED\"", "\"to\":\"CANCELED\",\"to\":\"QUEUED\"");

        assertThat(EventCodec.decodeActivityEvent(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Malformed.class);
    }

    @Test
    void parameterNumbersMustBeReadAlikeEverywhere() {
        String base = created().toString();
        String huge = base.replace("\"code\":\"echo hi\"", "\"code\":\"echo hi\",\"n\":1e400");
        String big = base.replace("\"code\":\"echo hi\"", "\"code\":\"echo hi\",\"n\":123456789012345678901234567890");
        String fine = base.replace("\"code\":\"echo hi\"", "\"code\":\"echo hi\",\"n\":1.5,\"m\":-9007199254740993");

        assertThat(EventCodec.decodeActivityEvent(huge.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Malformed.class);
        assertThat(EventCodec.decodeActivityEvent(big.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Malformed.class);
        assertThat(EventCodec.decodeActivityEvent(fine.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Event.class);
    }

    @Test
    void nestingIsBounded() {
        ObjectNode node = created();
        ObjectNode deep = (ObjectNode) node.get("definition").get("parameters");
        for (int i = 0; i < LegalValues.MAX_DEPTH; i++) {
            deep = deep.putObject("d");
        }
        assertThat(malformedReason(decode(node))).contains("nested deeper");
    }

    @Test
    void theAlteredFlagsRoundTripAndAreAbsentWhenFalse() {
        ProgressReported altered = new ProgressReported(EVENT, ACTIVITY, AT, Actor.agent("c-1"), "message-system", 10,
                "a\ufffdb", 1, false, true);
        ProgressReported clean = new ProgressReported(EVENT, ACTIVITY, AT, Actor.agent("c-1"), "message-system", 10,
                "ab", 1, false, false);

        assertThat(EventCodec.decodeActivityEvent(EventCodec.encode(altered))).isEqualTo(new Decoded.Event<>(altered));
        assertThat(new String(EventCodec.encode(clean), StandardCharsets.UTF_8)).doesNotContain("outputAltered");
        assertThat(clean.outputAltered()).isNull();
        assertThat(new ActivityResult(0, "x", List.of(), true).textAltered()).isTrue();
        assertThat(new String(EventCodec.encode(new StatusChanged(EVENT, ACTIVITY, AT, Actor.user("b"), "s", null,
                ActivityStatus.SUCCEEDED, null, null, ActivityResult.of(0, "x"), null)), StandardCharsets.UTF_8))
                .doesNotContain("textAltered");
    }

    @Test
    void computerEventsFollowTheSameRules() {
        ComputerEvent registered = new ComputerEvent.Registered(EVENT, "c-1", AT, Actor.agent("c-1"),
                "message-system", "acme", "web\u0000", "web-1", List.of("a"), false);

        String json = new String(EventCodec.encode(new ComputerEvent.Registered(EVENT, "c-1", AT, Actor.agent("c-1"),
                "message-system", "acme", "web", "web-1", List.of("a"), false)), StandardCharsets.UTF_8)
                .replace("\"title\":\"web\"", "\"title\":\"web\\u0000\"");

        assertThat(EventCodec.decodeComputerEvent(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Decoded.Malformed.class);
        assertThatThrownBy(() -> EventCodec.encode(registered)).isInstanceOf(IllegalEventException.class)
                .hasMessageContaining("title: illegal character U+0000");
    }

    @Test
    void theCodecRefusesToWriteWhatItWouldRefuseToRead() {
        StatusChanged bad = new StatusChanged(EVENT, ACTIVITY, AT, Actor.user("bob"), "activity-api", null,
                ActivityStatus.CANCELED, null, "why\u0000", null, null);

        assertThatThrownBy(() -> EventCodec.encode(bad)).isInstanceOfSatisfying(IllegalEventException.class, e -> {
            assertThat(e.field()).isEqualTo("reason");
            assertThat(e.why()).isEqualTo("illegal character U+0000 at index 3");
        });
    }
}
