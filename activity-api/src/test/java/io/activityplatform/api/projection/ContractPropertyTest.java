package io.activityplatform.api.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.JsonValues;
import io.activityplatform.events.codec.LegalText;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.FoldResult;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The contract against the real projection: every event kind, with arbitrary JSON values (strings from every
 * Unicode plane, every control character, NUL, unpaired surrogates, strings across the length bounds,
 * numbers beyond every range, wrong types, new keys) in arbitrary fields, produced raw to Kafka, through the
 * codec, the fold and the real PostgreSQL view and history. Each record is either applied or rejected (never
 * quarantined: nothing the codec accepts is unstorable), the view holds exactly what a local re-fold of the
 * same bytes computes, decoding and folding again gives the same verdict, and the projection stays ready.
 * Values come from jqwik generators; a failure prints the offending records.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ContractPropertyTest {

    private static final int ACTIVITIES = 40;
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Inject
    ActivityViewStore view;
    @Inject
    ProjectionWatermark watermark;
    @Inject
    Pool pool;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final Random random = new Random();
    private final Arbitrary<JsonNode> values = values();

    @Test
    void everyRecordIsAppliedOrRejectedAndTheViewIsWhatTheFoldSays() {
        String key = UUID.randomUUID().toString();
        List<byte[]> records = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            for (ActivityEvent event : lifecycle(id)) {
                records.add(random.nextInt(10) < 6 ? mutate(event) : EventCodec.encode(event));
            }
            records.add(bytes(values.sample()));
        }
        // Beyond Kafka's default message size the broker refuses them; the codec must call them malformed.
        records.stream().filter(r -> r.length > 1_000_000)
                .forEach(r -> assertThat(EventCodec.decodeActivityEvent(r)).isInstanceOf(Decoded.Malformed.class));
        records.removeIf(r -> r.length > 1_000_000);

        Map<UUID, ActivityState> expected = new HashMap<>();
        int accepted = 0;
        for (byte[] record : records) {
            Decoded<ActivityEvent> decoded = EventCodec.decodeActivityEvent(record);
            assertThat(EventCodec.decodeActivityEvent(record)).as(text(record)).isEqualTo(decoded);
            if (decoded instanceof Decoded.Malformed<ActivityEvent> bad) {
                assertThat(LegalText.isLegal(bad.reason())).as(bad.reason()).isTrue();
                continue;
            }
            accepted++;
            ActivityEvent event = ((Decoded.Event<ActivityEvent>) decoded).event();
            FoldResult result = ActivityFold.apply(expected.get(event.activityId()), event);
            assertThat(ActivityFold.apply(expected.get(event.activityId()), event)).isEqualTo(result);
            if (result.applied()) {
                expected.put(event.activityId(), result.state());
            }
        }
        assertThat(accepted).as("some records must stay valid, or the test proves nothing").isGreaterThan(ACTIVITIES);

        long quarantinedBefore = quarantined();
        RecordPosition last = produce(key, records);
        await().atMost(BOUND).until(() -> watermark.hasApplied(last));

        assertThat(quarantined()).as("records the codec accepted but the store refused").isEqualTo(quarantinedBefore);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        for (UUID id : ids) {
            ActivityState stored = view.find(id).await().atMost(BOUND).orElse(null);
            if (expected.containsKey(id) || stored != null) {
                assertSameState(id, stored, expected.get(id));
            }
        }
        for (ActivityState state : expected.values()) {
            assertSameState(state.id(), view.find(state.id()).await().atMost(BOUND).orElse(null), state);
        }
    }

    /**
     * Equal as JSON values: jsonb keeps a parameter's number but not its notation (a fuzzed -6.5E254 comes
     * back as an integer of 255 digits), so numbers compare by value; everything else exactly.
     */
    private static void assertSameState(UUID id, ActivityState stored, ActivityState expected) {
        assertThat(stored == null).as("activity " + id + " in the view").isEqualTo(expected == null);
        if (stored == null) {
            return;
        }
        JsonNode inView = EventCodec.mapper().valueToTree(stored);
        JsonNode folded = EventCodec.mapper().valueToTree(expected);
        assertThat(JsonValues.equivalent(inView, folded)).as("activity %s%n in the view: %s%n folded: %s", id,
                inView, folded).isTrue();
    }

    /** The whole life of one client activity: every event kind, each valid as produced. */
    private static List<ActivityEvent> lifecycle(UUID id) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Actor agent = Actor.agent("fuzz-computer");
        ActivityDefinition definition = new ActivityDefinition("ExecuteScriptRequest", "fuzz-computer", null,
                "fuzz", Map.of("interpreter", "/bin/sh", "code", "echo hi", "n", 3), at, at.plusSeconds(60), 30,
                new WaitCondition(UUID.randomUUID(), WaitCondition.Until.PROGRESS, 50),
                new RetryPolicy(2, RetryPolicy.Backoff.FIXED, 5, 10), 60, 1, null, null);
        return List.of(
                new ActivityCreated(UUID.randomUUID(), id, at, Actor.user("fuzz"), "activity-api", definition,
                        ActivityStatus.QUEUED),
                new StatusChanged(UUID.randomUUID(), id, at, Actor.service("message-system"), "message-system",
                        ActivityStatus.QUEUED, ActivityStatus.IN_PROGRESS, 1, "claimed", null, null),
                new ProgressReported(UUID.randomUUID(), id, at, agent, "message-system", 40, "line\n", 1, false),
                new ProgressReported(UUID.randomUUID(), id, at, agent, "message-system", 60, "more\n", 2, false),
                new StatusChanged(UUID.randomUUID(), id, at, agent, "message-system", ActivityStatus.IN_PROGRESS,
                        ActivityStatus.CANCELED, null, "canceled", null, new ActivityError("CANCELED", "by test")),
                new ResultRecorded(UUID.randomUUID(), id, at, agent, "message-system", ActivityStatus.SUCCEEDED,
                        new ActivityResult(0, "done", List.of(new ActivityResult.Artifact("r.csv", "text/csv",
                                "a,b\n"))), null),
                new ActivityArchived(UUID.randomUUID(), id, at, Actor.service("job-handler"), "job-handler",
                        "archive-1.jsonl"));
    }

    /** The event's JSON with one node replaced by an arbitrary value, or a field with an arbitrary key added. */
    private byte[] mutate(ActivityEvent event) {
        ObjectNode root = (ObjectNode) EventCodec.mapper().valueToTree(event);
        root.put("schemaVersion", 1);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty() || random.nextInt(8) == 0) {
                object.set(strings().sample(), values.sample());
            } else {
                String name = names.get(random.nextInt(names.size()));
                if (!"activityId".equals(name) || object != root) {
                    object.set(name, values.sample());
                }
            }
        } else if (target.size() > 0) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) target).set(random.nextInt(target.size()), values.sample());
        }
        return bytes(root);
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), containers);
            }
        }
    }

    /** Every kind of JSON value, weighted towards strings that break the text rules. */
    private static Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> scalars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, strings().map(JSON::textNode)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().map(i -> (JsonNode) JSON.numberNode(i))),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(l -> (JsonNode) JSON.numberNode(l))),
                net.jqwik.api.Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19),
                        BigInteger.TEN.pow(40)).map(b -> (JsonNode) JSON.numberNode(b))),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().map(d -> (JsonNode) JSON.numberNode(d))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("1e400", "-1e400", "1.0", "1.5", "-0.0", "1e-400")
                        .map(d -> (JsonNode) JSON.numberNode(new BigDecimal(d)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(b -> (JsonNode) JSON.booleanNode(b))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(JSON.nullNode())));
        return Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(3).map(list -> {
                    var array = JSON.arrayNode();
                    list.forEach(array::add);
                    return (JsonNode) array;
                }),
                Arbitraries.maps(strings(), inner).ofMaxSize(3).map(map -> {
                    ObjectNode object = JSON.objectNode();
                    map.forEach(object::set);
                    return (JsonNode) object;
                })), 0, 2);
    }

    /** Code points of every plane (unpaired surrogates too), every control character, lengths across the bounds. */
    private static Arbitrary<String> strings() {
        Arbitrary<String> anyCodePoints = Arbitraries.integers().between(0, 0x10FFFF).list().ofMaxSize(12)
                .map(cps -> {
                    StringBuilder s = new StringBuilder();
                    cps.forEach(s::appendCodePoint);
                    return s.toString();
                });
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(4)
                .map(c -> "x" + c + "y");
        Arbitrary<String> surrogates = Arbitraries.chars().range('\ud800', '\udfff').map(c -> "a" + c + "b");
        Arbitrary<String> long_ = Arbitraries.of(255, 256, 257, 131_071, 131_072, 131_073, 600_000)
                .map(n -> "z".repeat(n));
        Arbitrary<String> plain = Arbitraries.of("QUEUED", "SUCCEEDED", "ExecuteScriptRequest", "USER", "",
                "2026-03-01T10:00:00Z", "+10000-01-01T00:00:00Z", UUID.randomUUID().toString(), "1");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, anyCodePoints), net.jqwik.api.Tuple.of(2, controls),
                net.jqwik.api.Tuple.of(2, surrogates), net.jqwik.api.Tuple.of(1, long_),
                net.jqwik.api.Tuple.of(3, plain));
    }

    /** JSON with every non-ASCII char escaped, so unpaired surrogates reach the log as {@code \\ud800}. */
    private static byte[] bytes(JsonNode node) {
        try {
            return EventCodec.mapper().writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] record) {
        String s = new String(record, java.nio.charset.StandardCharsets.UTF_8);
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    private RecordPosition produce(String key, List<byte[]> records) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            RecordMetadata last = null;
            for (byte[] record : records) {
                last = producer.send(new ProducerRecord<>(Topics.ACTIVITY_EVENTS, key, record)).get(30, TimeUnit.SECONDS);
            }
            return new RecordPosition(last.topic(), last.partition(), last.offset());
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce the fuzzed records", e);
        }
    }

    private long quarantined() {
        return pool.query("select count(*) from projection_quarantine where reason not like 'malformed:%'").execute()
                .await().atMost(BOUND).iterator().next().getLong(0);
    }
}
