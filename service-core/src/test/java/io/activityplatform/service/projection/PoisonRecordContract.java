package io.activityplatform.service.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.service.security.TestTokens;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service promises about records no API would publish: a poison record produced straight to
 * Kafka between two good ones is set aside (listed at {@code /admin/projection}, counted), the good record
 * after it is applied, readiness stays UP, and a rebuild over the same log reaches the same view. Each
 * service runs it through a {@code @QuarkusTest} subclass with a fresh database.
 */
public abstract class PoisonRecordContract {

    private static final Duration REBUILD_BOUND = Duration.ofMinutes(3);
    private static final Duration BOUND = Duration.ofSeconds(60);
    /** The planted fault: the view refuses this summary, as PostgreSQL refuses data it cannot store. */
    private static final String UNSTORABLE = "contract-unstorable";

    @Inject
    Pool pool;

    @Test
    void aRecordTheContractRejectsIsSetAsideAndTheNextOneApplied() {
        String key = UUID.randomUUID().toString();
        UUID before = UUID.randomUUID();
        UUID poison = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        String nul = json(created(poison, "bad")).replace("\"summary\":\"bad\"", "\"summary\":\"bad\\u0000\"");

        send(key, EventCodec.encode(created(before, "good")));
        RecordMetadata bad = send(key, nul.getBytes(StandardCharsets.UTF_8));
        RecordMetadata garbage = send(key, new byte[] {(byte) 0xff, 0, 1, '{'});
        send(key, EventCodec.encode(created(after, "good")));

        awaitInView(after);
        assertInView(before);
        given().get("/admin/view/activities/" + poison).then().statusCode(404);
        assertReady();
        JsonPath status = given().get("/admin/projection").then().statusCode(200).extract().jsonPath();
        assertThat(reasonAt(status, bad)).isEqualTo("malformed: definition.summary: illegal character U+0000 at index 3");
        assertThat(status.getString(listed(garbage) + ".subject")).isNull();
        assertThat(reasonAt(status, garbage)).startsWith("malformed: unreadable JSON");
        assertThat(status.getString(listed(bad) + ".subject")).isEqualTo(poison.toString());
        assertThat(status.getLong("stats.malformed")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRecordWhoseEffectCannotBeStoredIsQuarantinedAndARebuildReachesTheSameView() {
        sql("alter table activity_view add constraint contract_unstorable check (summary is distinct from '"
                + UNSTORABLE + "') not valid");
        UUID poison = UUID.randomUUID();
        try {
            String key = UUID.randomUUID().toString();
            UUID before = UUID.randomUUID();
            UUID after = UUID.randomUUID();
            send(key, EventCodec.encode(created(before, "good")));
            RecordMetadata bad = send(key, EventCodec.encode(created(poison, UNSTORABLE)));
            send(key, EventCodec.encode(created(after, "good")));

            awaitInView(after);
            assertInView(before);
            given().get("/admin/view/activities/" + poison).then().statusCode(404);
            assertReady();
            JsonPath status = given().get("/admin/projection").then().statusCode(200).extract().jsonPath();
            assertThat(reasonAt(status, bad)).startsWith("SQLSTATE 23514: ");
            assertThat(status.getLong("stats.quarantined")).isGreaterThanOrEqualTo(1);
            assertThat(status.getLong("quarantine.count")).isGreaterThanOrEqualTo(1);
            List<UUID> mine = List.of(before, poison, after);
            String view = states(mine);
            long activities = count();

            given().post("/admin/projection/rebuild").then().statusCode(200);

            // a rebuild refolds the whole log of the test JVM, which earlier tests have filled
            await().atMost(REBUILD_BOUND).until(() -> states(mine).equals(view) && count() >= activities);
            assertReady();
            // the refold lists it again; read the table itself, since /admin/projection shows only the latest
            // 100 and a refold of this JVM's whole log re-lists every earlier test's malformed records too
            await().atMost(BOUND).until(() -> quarantineReason(bad) != null);
            assertThat(quarantineReason(bad)).startsWith("SQLSTATE 23514: ");
        } finally {
            sql("alter table activity_view drop constraint contract_unstorable");
            // Without the planted constraint the record is storable: rebuild so this view is the fold of the
            // log again, as later tests of the same service (rebuild and replay checks) expect.
            given().post("/admin/projection/rebuild").then().statusCode(200);
            await().atMost(REBUILD_BOUND).until(() -> states(List.of(poison)).contains(poison.toString()));
        }
    }

    private static ActivityCreated created(UUID id, String summary) {
        ActivityDefinition definition = new ActivityDefinition("ExecuteScriptRequest", "contract-no-such-computer",
                null, summary, Map.of("interpreter", "/bin/sh", "code", "true"), null, null, null, null, null,
                null, 1, null, null, TestTokens.ACCOUNT); // the test caller's account: other accounts' are invisible
        return new ActivityCreated(UUID.randomUUID(), id, Instant.now(), Actor.user("contract"), "contract-test",
                definition, ActivityStatus.BLOCKED);
    }

    private static String json(ActivityCreated event) {
        return new String(EventCodec.encode(event), StandardCharsets.UTF_8);
    }

    private static RecordMetadata send(String key, byte[] value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(Topics.ACTIVITY_EVENTS, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce the test record", e);
        }
    }

    private static void awaitInView(UUID id) {
        await().atMost(BOUND).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/admin/view/activities/" + id).statusCode() == 200);
    }

    private static void assertInView(UUID id) {
        given().get("/admin/view/activities/" + id).then().statusCode(200).body("status", equalTo("BLOCKED"));
    }

    private static void assertReady() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /** The GPath of the quarantine entry at the record's log position. */
    private static String listed(RecordMetadata at) {
        return "quarantine.latest.find { it.topic == '" + at.topic() + "' && it.partition == " + at.partition()
                + " && it.offset == " + at.offset() + " }";
    }

    private static String reasonAt(JsonPath status, RecordMetadata at) {
        return status.getString(listed(at) + ".reason");
    }

    private String states(List<UUID> ids) {
        StringBuilder all = new StringBuilder();
        for (Row row : pool.preparedQuery("select id, state::text from activity_view where id = any($1) order by id")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).await().atMost(BOUND)) {
            all.append(row.getUUID(0)).append('|').append(row.getString(1)).append('\n');
        }
        return all.toString();
    }

    private String quarantineReason(RecordMetadata at) {
        var rows = pool.preparedQuery("select reason from projection_quarantine where topic = $1 and partition_id = $2"
                + " and log_offset = $3").execute(Tuple.of(at.topic(), at.partition(), at.offset())).await().atMost(BOUND);
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private long count() {
        return pool.query("select count(*) from activity_view").execute().await().atMost(BOUND)
                .iterator().next().getLong(0);
    }

    private void sql(String statement) {
        pool.query(statement).execute().await().atMost(BOUND);
    }
}
